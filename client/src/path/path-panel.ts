import { h, replaceKeepingFocus } from '../app/dom.ts';
import type { FoundPath } from './types.ts';

export interface PathPanelDeps {
  /** Node keys and labels to choose from, e.g. the states drawn. */
  choices: { key: string; label: string }[];
  from: string | null;
  to: string | null;
  path: FoundPath | null;
  searched: boolean;
  labelOf(key: string): string;
  find(from: string, to: string): void;
  clear(): void;
}

/** Two ends picked by name (a datalist of what is drawn), the path found, and a way to clear it. */
export function renderPathPanel(el: HTMLElement, d: PathPanelDeps): void {
  const keyFor = (text: string) => {
    const t = text.trim().toLowerCase();
    return d.choices.find((c) => c.label.toLowerCase() === t || c.key.toLowerCase() === t || c.key.toLowerCase() === `state:${t}`)?.key ?? null;
  };
  const list = h('datalist', { id: 'path-choices' }, ...d.choices.map((c) => h('option', { value: c.label })));
  const from = h('input', { id: 'path-from', list: 'path-choices', value: d.from ? d.labelOf(d.from) : '', 'aria-label': 'Path from', autocomplete: 'off' });
  const to = h('input', { id: 'path-to', list: 'path-choices', value: d.to ? d.labelOf(d.to) : '', 'aria-label': 'Path to', autocomplete: 'off' });
  const message = h('p', { id: 'path-result', role: 'status' });
  const run = (e: Event) => {
    e.preventDefault();
    const a = keyFor(from.value);
    const b = keyFor(to.value);
    if (!a || !b) message.textContent = `Not in the drawn graph: ${[!a ? from.value || '(empty)' : null, !b ? to.value || '(empty)' : null].filter(Boolean).join(' and ')}.`;
    else d.find(a, b);
  };
  if (d.path) {
    message.replaceChildren(
      `${d.path.nodes.length - 1} step${d.path.nodes.length === 2 ? '' : 's'}: `,
      h('ol', { class: 'list', id: 'path-nodes' }, ...d.path.nodes.map((k) => h('li', {}, d.labelOf(k)))),
    );
  } else if (d.searched && d.from && d.to) message.textContent = 'No path between them in the drawn graph (try removing filters).';
  replaceKeepingFocus(
    el,
    h('button', { type: 'button', class: 'close', 'aria-label': 'Close path', 'data-close': 'path' }, '×'),
    h('h2', {}, 'Shortest path'),
    h(
      'form',
      { onsubmit: run },
      list,
      h('label', { class: 'field' }, 'From', from),
      h('label', { class: 'field' }, 'To', to),
      h('div', { class: 'row-actions' }, h('button', { type: 'submit', id: 'path-find' }, 'Find path'), h('button', { type: 'button', id: 'path-clear', onclick: () => d.clear() }, 'Clear')),
    ),
    message,
  );
}
