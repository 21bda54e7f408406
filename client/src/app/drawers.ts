import { h } from './dom.ts';

export type DrawerName = 'filters' | 'path' | 'cypher' | 'export';

/** The tool drawers in toolbar order: each button opens the page's section `drawer-<name>`. */
const DRAWERS: { name: DrawerName; label: string }[] = [
  { name: 'filters', label: 'Filters' },
  { name: 'path', label: 'Path' },
  { name: 'cypher', label: 'Cypher' },
  { name: 'export', label: 'Export' },
];

export interface Drawers {
  open(name: DrawerName): void;
  close(): void;
  current(): DrawerName | null;
}

/** One tool drawer open at a time, toggled from the toolbar; Escape closes it and gives focus back to its button. */
export function mountDrawers(onChange: (name: DrawerName | null) => void): Drawers {
  let current: DrawerName | null = null;
  document.querySelector('nav.tools')?.prepend(
    ...DRAWERS.map(({ name, label }) =>
      h(
        'button',
        {
          type: 'button',
          class: 'tool',
          'data-drawer': name,
          'aria-controls': `drawer-${name}`,
          'aria-expanded': 'false',
        },
        label,
      ),
    ),
  );
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
