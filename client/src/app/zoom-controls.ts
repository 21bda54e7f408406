import type { Camera } from 'sigma';

/** Zoom in, zoom out, fit the whole drawing, and reset the view (selection, path and camera). */
export function mountZoomControls(
  el: HTMLElement,
  sigma: () => { getCamera(): Camera } | null,
  reset: () => void,
): void {
  const camera = () => sigma()?.getCamera();
  const button = (id: string, label: string, text: string, run: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.id = id;
    b.title = label;
    b.setAttribute('aria-label', label);
    b.textContent = text;
    b.addEventListener('click', run);
    return b;
  };
  el.replaceChildren(
    button('zoom-in', 'Zoom in', '+', () => void camera()?.animatedZoom({ duration: 250 })),
    button('zoom-out', 'Zoom out', '−', () => void camera()?.animatedUnzoom({ duration: 250 })),
    button('zoom-fit', 'Fit the whole graph', 'Fit', () => void camera()?.animatedReset({ duration: 300 })),
    button('zoom-reset', 'Reset the view: clear the selection and the path, fit the graph', 'Reset', () => {
      reset();
      void camera()?.animatedReset({ duration: 300 });
    }),
  );
}
