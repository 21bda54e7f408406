import { api } from '../api/client.ts';
import { asObject, asObjects, asText } from '../api/json.ts';
import { h } from '../app/dom.ts';
import type { PanelActions } from './types.ts';
import { highlightSegments, humanize } from './utils.ts';
import { loadIntoPanel } from './load-into-panel.ts';

/** A source document with the evidence sentence marked and scrolled into view; a data set shows its description. */
export async function renderSourcePanel(
  el: HTMLElement,
  id: string,
  start: number | null,
  end: number | null,
  a: PanelActions,
): Promise<void> {
  const loaded = await loadIntoPanel(el, 'Source', 'Could not load the source', a, () => api.source(id));
  if (!loaded) return;
  const { data: d, close } = loaded;
  const src = asObject(d.source);
  const text = typeof src.text === 'string' ? src.text : null;
  const meta = ['publisher', 'date', 'kind', 'licence', 'url']
    .filter((k) => src[k])
    .map((k) => h('li', {}, `${humanize(k)}: ${asText(src[k]) ?? ''}`));
  const doc = text
    ? h(
        'div',
        { class: 'doc', id: 'source-text' },
        ...highlightSegments(text, start, end).map((seg) =>
          seg.marked ? h('mark', { id: 'source-mark' }, seg.text) : seg.text,
        ),
      )
    : h('p', { class: 'muted' }, 'This source is a data set; its records are cited by line number.');
  const facts = asObjects(asObject(d.facts).items);
  el.replaceChildren(
    close,
    h('h2', { id: 'panel-title' }, asText(src.title) ?? id),
    h('ul', { class: 'list' }, ...meta),
    doc,
    facts.length
      ? h(
          'div',
          {},
          h('h3', {}, `Facts drawn from it (${asText(d.factCount) ?? facts.length})`),
          h(
            'ul',
            { class: 'list' },
            ...facts.map((f) => {
              const s = typeof f.start === 'number' ? f.start : null;
              const e = typeof f.end === 'number' ? f.end : null;
              return h(
                'li',
                {},
                h(
                  'button',
                  { type: 'button', class: 'link', onclick: () => a.openSource(id, s, e) },
                  `${asText(f.kind) ?? ''}: ${asText(f.name ?? f.key) ?? ''}`,
                ),
              );
            }),
          ),
        )
      : '',
  );
  el.querySelector('#source-mark')?.scrollIntoView({ block: 'center' });
}
