import { api } from '../api/client.ts';
import { h } from '../app/dom.ts';
import type { PanelActions } from './types.ts';
import { highlightSegments, humanize } from './utils.ts';

type Json = Record<string, unknown>;

/** A source document with the evidence sentence marked and scrolled into view; a data set shows its description. */
export async function renderSourcePanel(
  el: HTMLElement,
  id: string,
  start: number | null,
  end: number | null,
  a: PanelActions,
): Promise<void> {
  const close = h(
    'button',
    { type: 'button', class: 'close', 'aria-label': 'Close panel', onclick: () => a.close() },
    '×',
  );
  el.replaceChildren(close, h('h2', { id: 'panel-title' }, 'Source'), h('p', { class: 'muted' }, 'Loading…'));
  let d: Json;
  try {
    d = await api.source(id);
  } catch (e) {
    el.replaceChildren(
      close,
      h('h2', { id: 'panel-title' }, 'Source'),
      h('p', { class: 'error' }, `Could not load the source: ${(e as Error).message}`),
    );
    return;
  }
  const src = (d.source ?? {}) as Json;
  const text = typeof src.text === 'string' ? src.text : null;
  const meta = ['publisher', 'date', 'kind', 'licence', 'url']
    .filter((k) => src[k])
    .map((k) => h('li', {}, `${humanize(k)}: ${String(src[k])}`));
  const doc = text
    ? h(
        'div',
        { class: 'doc', id: 'source-text' },
        ...highlightSegments(text, start, end).map((seg) =>
          seg.marked ? h('mark', { id: 'source-mark' }, seg.text) : seg.text,
        ),
      )
    : h('p', { class: 'muted' }, 'This source is a data set; its records are cited by line number.');
  const facts = (d.facts as Json | undefined)?.items;
  el.replaceChildren(
    close,
    h('h2', { id: 'panel-title' }, String(src.title ?? id)),
    h('ul', { class: 'list' }, ...meta),
    doc,
    Array.isArray(facts) && facts.length
      ? h(
          'div',
          {},
          h('h3', {}, `Facts drawn from it (${String(d.factCount ?? facts.length)})`),
          h(
            'ul',
            { class: 'list' },
            ...(facts as Json[]).map((f) => {
              const s = typeof f.start === 'number' ? f.start : null;
              const e = typeof f.end === 'number' ? f.end : null;
              return h(
                'li',
                {},
                h(
                  'button',
                  { type: 'button', class: 'link', onclick: () => a.openSource(id, s, e) },
                  `${String(f.kind)}: ${String(f.name ?? f.key)}`,
                ),
              );
            }),
          ),
        )
      : '',
  );
  el.querySelector('#source-mark')?.scrollIntoView({ block: 'center' });
}
