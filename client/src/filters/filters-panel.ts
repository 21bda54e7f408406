import { h, replaceKeepingFocus } from '../app/dom.ts';
import { quadColours, quadLabels } from '../graph/palette.ts';
import type { Quad } from '../graph/types.ts';
import type { FilterOptions, Filters } from './types.ts';
import {
  allQuads,
  rangeFromHandle,
  setDateRange,
  setMinOutlets,
  toggleNodeKind,
  toggleQuad,
  toggleRelationType,
  yearRange,
} from './utils.ts';

export interface FiltersPanelDeps {
  update(f: (filters: Filters) => Filters): void;
  years: { min: number; max: number };
  hidden: { key: string; label: string }[];
  unhide(key: string | null): void;
}

/** Stops the play-through when the panel is redrawn with other options, and between steps. */
let playTimer: ReturnType<typeof setTimeout> | undefined;
const stopPlaying = () => clearTimeout(playTimer);

const yearOf = (d: string | null, fallback: number) => (d ? Number(d.slice(0, 4)) : fallback);

/** Checkboxes for kinds, types and quad classes, and a year range with a play button that steps through time. */
export function renderFiltersPanel(
  el: HTMLElement,
  filters: Filters,
  options: FilterOptions,
  deps: FiltersPanelDeps,
): void {
  const box = (id: string, label: string, checked: boolean, onChange: () => void, swatch?: string) =>
    h(
      'label',
      {},
      h('input', { type: 'checkbox', id, checked, onchange: onChange }),
      swatch ? h('span', { class: 'swatch', style: `background:${swatch}` }) : null,
      label,
    );
  const { min, max } = deps.years;
  const from = yearOf(filters.since, min);
  const to = yearOf(filters.until, max);
  const slider = (id: string, label: string, value: number, apply: (year: number) => void) => {
    const out = h('output', { for: id }, String(value));
    const input = h('input', { type: 'range', id, min, max, step: 1, value, 'aria-label': label });
    input.addEventListener('input', () => (out.textContent = input.value));
    input.addEventListener('change', () => apply(Number(input.value)));
    return h('label', {}, `${label} `, out, input);
  };
  const play = h(
    'button',
    { type: 'button', id: 'filter-play', 'aria-label': 'Play through time, one year at a time' },
    'Play ▶',
  );
  play.addEventListener('click', () => {
    stopPlaying();
    const step = (year: number) => {
      const r = yearRange(year);
      deps.update(setDateRange(r.since, r.until));
      if (year < to) playTimer = setTimeout(() => step(year + 1), 1500);
    };
    step(from);
  });
  replaceKeepingFocus(
    el,
    h('button', { type: 'button', class: 'close', 'aria-label': 'Close filters', 'data-close': 'filters' }, '×'),
    h('h2', {}, 'Filters'),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Node types'),
      ...options.nodeKinds.map((k) =>
        box(`filter-kind-${k}`, k, !filters.excludedKinds.includes(k), () => deps.update(toggleNodeKind(k))),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Relation types'),
      ...options.relationTypes.map((t) =>
        box(`filter-type-${t}`, t, !filters.excludedTypes.includes(t), () => deps.update(toggleRelationType(t))),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Events by quad class'),
      ...allQuads.map((q: Quad) =>
        box(
          `filter-quad-${q}`,
          quadLabels[q],
          filters.quads.includes(q),
          () => deps.update(toggleQuad(q)),
          quadColours[q],
        ),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Corroboration'),
      h(
        'label',
        { for: 'filter-min-outlets' },
        'Corroborated by at least ',
        h('input', {
          type: 'number',
          id: 'filter-min-outlets',
          class: 'count',
          min: 0,
          max: 1000,
          step: 1,
          value: filters.minOutlets,
          onchange: (e: Event) => deps.update(setMinOutlets(Number((e.target as HTMLInputElement).value))),
        }),
        ' independent outlets',
      ),
      h(
        'p',
        { class: 'muted', id: 'filter-corroboration' },
        filters.minOutlets > 0
          ? `Relations, messages and sanctions that ${filters.minOutlets} or more outlets report, not counting state media of a party`
          : 'All relations (0: no threshold)',
      ),
    ),
    h(
      'fieldset',
      { class: 'range' },
      h('legend', {}, 'Dates'),
      h(
        'p',
        { class: 'muted', id: 'filter-dates' },
        filters.since || filters.until ? `${filters.since ?? '…'} to ${filters.until ?? '…'}` : 'All dates',
      ),
      slider('filter-from', 'From', from, (y) =>
        deps.update((f) => ({ ...f, ...rangeFromHandle(f, 'from', y, deps.years) })),
      ),
      slider('filter-to', 'To', to, (y) => deps.update((f) => ({ ...f, ...rangeFromHandle(f, 'to', y, deps.years) }))),
      h('p', { class: 'muted' }, `Dates in the graph: ${min} – ${max}`),
      h(
        'div',
        { class: 'row-actions' },
        play,
        h('button', { type: 'button', id: 'filter-stop', onclick: stopPlaying }, 'Stop'),
        h(
          'button',
          {
            type: 'button',
            id: 'filter-all-dates',
            onclick: () => (stopPlaying(), deps.update(setDateRange(null, null))),
          },
          'All dates',
        ),
      ),
    ),
    deps.hidden.length
      ? h(
          'fieldset',
          {},
          h('legend', {}, `Hidden nodes (${deps.hidden.length})`),
          h(
            'ul',
            { class: 'list' },
            ...deps.hidden.map((n) =>
              h(
                'li',
                {},
                n.label,
                ' ',
                h('button', { type: 'button', class: 'link', onclick: () => deps.unhide(n.key) }, 'show'),
              ),
            ),
          ),
          h('button', { type: 'button', id: 'filter-unhide-all', onclick: () => deps.unhide(null) }, 'Show all'),
        )
      : '',
  );
}
