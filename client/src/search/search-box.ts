import { api } from '../api/client.ts';
import { h } from '../app/dom.ts';
import type { SearchHit } from './types.ts';
import { moveActive, searchable } from './utils.ts';

/** An ARIA combobox over /api/search: type, move with the arrow keys, Enter picks, Escape closes. */
export function mountSearchBox(el: HTMLElement, onPick: (hit: SearchHit) => void): { focus(): void } {
  const input = h('input', {
    id: 'search-input',
    type: 'search',
    role: 'combobox',
    'aria-label': 'Search states, leaders, organizations and sanctions',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'search-options',
    placeholder: 'Search: DPRK, Kim Jong-un, UNSC…',
    autocomplete: 'off',
  });
  const list = h('ul', { id: 'search-options', role: 'listbox', 'aria-label': 'Matches', hidden: true });
  el.replaceChildren(input, list);
  let hits: SearchHit[] = [];
  let active = -1;
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) =>
        h(
          'li',
          {
            id: `search-option-${i}`,
            role: 'option',
            'aria-selected': String(i === active),
            onmousedown: (e: Event) => (e.preventDefault(), pick(i)),
          },
          h('span', {}, hit.name),
          h('span', { class: 'kind' }, [hit.kind, hit.detail].filter(Boolean).join(' · ')),
        ),
      ),
    );
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    hits = [];
    active = -1;
    render();
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    close();
    onPick(hit);
  };
  const lookup = async (q: string) => {
    controller?.abort();
    if (!searchable(q)) return close();
    controller = new AbortController();
    try {
      hits = (await api.search(q, controller.signal)).items;
      active = hits.length ? 0 : -1;
      render();
    } catch (e) {
      if ((e as Error).name !== 'AbortError') close();
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void lookup(input.value), 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active = moveActive(active, e.key === 'ArrowDown' ? 1 : -1, hits.length);
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (active >= 0) pick(active);
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return { focus: () => input.focus() };
}
