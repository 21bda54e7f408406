import { h, replaceKeepingFocus } from '../app/dom.ts';
import { humanize } from '../panel/utils.ts';
import type { FoundPath, PathStep } from './types.ts';

export interface PathPanelDeps {
  /** Names to suggest: the dataset's nodes, then search hits for what is being typed. */
  choices: { key: string; label: string }[];
  from: string | null;
  to: string | null;
  path: FoundPath | null;
  /** 'idle', 'searching', 'none' (no path), or an error message. */
  status: string;
  labelOf(key: string): string;
  /** Finds the path between two typed names (resolved by the page through the dataset or the search). */
  find(from: string, to: string): void;
  suggest(text: string, list: HTMLDataListElement): void;
  why(step: PathStep): void;
  /** Whether the relationship of a step points from its `to` back to its `from` (North Korea is a member of the UN). */
  backward(step: PathStep, index: number): boolean;
  clear(): void;
}

/** Two ends typed by name (any state, person or body the search finds), the path `/api/path` found, step by step. */
export function renderPathPanel(el: HTMLElement, d: PathPanelDeps): void {
  const list = h('datalist', { id: 'path-choices' }, ...d.choices.map((c) => h('option', { value: c.label })));
  const input = (id: string, value: string | null, label: string) => {
    const i = h('input', {
      id,
      list: 'path-choices',
      value: value ? d.labelOf(value) : '',
      'aria-label': label,
      autocomplete: 'off',
    });
    i.addEventListener('input', () => d.suggest(i.value, list));
    return i;
  };
  const from = input('path-from', d.from, 'Path from');
  const to = input('path-to', d.to, 'Path to');
  const message = h('div', { id: 'path-result', role: 'status' });
  const run = (e: Event) => {
    e.preventDefault();
    if (!from.value.trim() || !to.value.trim()) message.textContent = 'Type a name at both ends.';
    else d.find(from.value, to.value);
  };
  if (d.path) {
    const n = d.path.steps.length;
    message.replaceChildren(
      h('p', {}, `${n} step${n === 1 ? '' : 's'}:`),
      h('ol', { class: 'list', id: 'path-nodes' }, ...d.path.nodes.map((k) => h('li', {}, d.labelOf(k)))),
      h('h3', {}, 'Steps'),
      h(
        'ol',
        { class: 'list', id: 'path-steps' },
        ...d.path.steps.map((s, i) =>
          h(
            'li',
            {},
            `${d.labelOf(s.from)} `,
            h(
              'span',
              { class: 'tag' },
              d.backward(s, i) ? `← ${humanize(s.kind.toLowerCase())}` : `${humanize(s.kind.toLowerCase())} →`,
            ),
            ` ${d.labelOf(s.to)} `,
            h('button', { type: 'button', class: 'link path-why', onclick: () => d.why(s) }, 'why'),
          ),
        ),
      ),
    );
  } else if (d.status === 'searching') message.textContent = 'Searching…';
  else if (d.status === 'none' && d.from && d.to)
    message.textContent = `No path between ${d.labelOf(d.from)} and ${d.labelOf(d.to)} within six steps.`;
  else if (d.status !== 'idle' && d.status !== 'none') message.replaceChildren(h('p', { class: 'error' }, d.status));
  replaceKeepingFocus(
    el,
    h('button', { type: 'button', class: 'close', 'aria-label': 'Close path', 'data-close': 'path' }, '×'),
    h('h2', {}, 'Shortest path'),
    h('p', { class: 'muted' }, 'Between any two states, people or bodies, over the whole graph.'),
    h(
      'form',
      { onsubmit: run },
      list,
      h('label', { class: 'field' }, 'From', from),
      h('label', { class: 'field' }, 'To', to),
      h(
        'div',
        { class: 'row-actions' },
        h('button', { type: 'submit', id: 'path-find' }, 'Find path'),
        h('button', { type: 'button', id: 'path-clear', onclick: () => d.clear() }, 'Clear'),
      ),
    ),
    message,
  );
}
