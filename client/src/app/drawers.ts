export type DrawerName = 'filters' | 'path' | 'cypher' | 'export';

export interface Drawers {
  open(name: DrawerName): void;
  close(): void;
  current(): DrawerName | null;
}

/** One tool drawer open at a time, toggled from the toolbar; Escape closes it and gives focus back to its button. */
export function mountDrawers(onChange: (name: DrawerName | null) => void): Drawers {
  let current: DrawerName | null = null;
  const button = (name: string) => document.querySelector<HTMLButtonElement>(`button[data-drawer="${name}"]`);
  const drawer = (name: string) => document.getElementById(`drawer-${name}`);
  const set = (name: DrawerName | null, focusInside = true) => {
    const previous = current;
    current = name;
    for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-drawer]')) {
      const open = b.dataset.drawer === name;
      b.setAttribute('aria-expanded', String(open));
      const d = drawer(b.dataset.drawer!);
      if (d) d.hidden = !open;
    }
    if (name && focusInside) drawer(name)?.querySelector<HTMLElement>('input, textarea, button:not(.close)')?.focus();
    if (!name && previous) button(previous)?.focus();
    onChange(name);
  };
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-drawer]')) {
    b.addEventListener('click', () => set(current === b.dataset.drawer ? null : (b.dataset.drawer as DrawerName)));
  }
  document.addEventListener('click', (e) => {
    const close = (e.target as HTMLElement).closest<HTMLElement>('[data-close]');
    if (close) set(null);
  });
  return { open: (name) => set(name), close: () => set(null), current: () => current };
}
