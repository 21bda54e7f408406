import type Sigma from 'sigma';
import { projectLonLat } from './geo.ts';
import { countryRings } from './country-rings.ts';

export interface MapLayer {
  show(on: boolean): void;
}

/**
 * Country outlines (Natural Earth 1:110m through the world-atlas package, bundled with the page: no tile server,
 * no request to another host) drawn on a canvas under sigma's layers, redrawn after each of sigma's frames.
 */
export function mountMapLayer(sigma: Sigma): MapLayer {
  // The canvas is made the first time the map is shown: the force layout's first frame need not size or clear it.
  let canvas: HTMLCanvasElement | null = null;
  let rings: [number, number][][] | null = null;
  let on = false;
  let loading: Promise<void> | null = null;
  const draw = () => {
    if (!on || !rings || !canvas) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const { width, height } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== width * ratio || canvas.height !== height * ratio) {
      canvas.width = width * ratio;
      canvas.height = height * ratio;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.beginPath();
    for (const ring of rings) {
      ring.forEach(([lon, lat], i) => {
        const p = sigma.graphToViewport(projectLonLat(lon, lat));
        if (i === 0) ctx.moveTo(p.x, p.y);
        else ctx.lineTo(p.x, p.y);
      });
      ctx.closePath();
    }
    ctx.fillStyle = '#f1f3ee';
    ctx.fill();
    ctx.strokeStyle = '#c9cec4';
    ctx.lineWidth = 0.7;
    ctx.stroke();
  };
  sigma.on('afterRender', draw);
  return {
    show(next) {
      on = next;
      if (next && !canvas) {
        canvas = document.createElement('canvas');
        canvas.className = 'map-layer';
        canvas.setAttribute('aria-hidden', 'true');
        sigma.getContainer().prepend(canvas);
      }
      if (canvas) canvas.hidden = !next;
      if (next && !rings) {
        loading ??= import('world-atlas/countries-110m.json').then((m) => {
          rings = countryRings(((m as { default?: unknown }).default as never) ?? (m as never));
          sigma.refresh({ skipIndexation: true });
        });
      } else draw();
    },
  };
}
