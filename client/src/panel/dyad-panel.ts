import { api } from '../api/client.ts';
import { h } from '../app/dom.ts';
import { quadColours, quadLabels } from '../graph/palette.ts';
import type { Quad } from '../graph/types.ts';
import type { Evidence, PanelActions, TimelineItem } from './types.ts';
import { chartBins, dyadChart } from './dyad-chart.ts';
import { plural } from './field-labels.ts';
import { fromArticles, timelineItems } from './utils.ts';

type Json = Record<string, unknown>;

function evidenceView(ev: Evidence, a: PanelActions): HTMLElement {
  const where =
    ev.kind === 'dataset' ? `${ev.title ?? ev.source}${ev.line ? `, line ${ev.line}` : ''}` : (ev.title ?? ev.source);
  const href = `?sel=${encodeURIComponent(`source:${ev.source}${ev.start !== null && ev.end !== null ? `@${ev.start}-${ev.end}` : ''}`)}`;
  return h(
    'div',
    { class: 'evidence' },
    ev.sentence ? h('blockquote', {}, `“${ev.sentence}”`) : null,
    h(
      'a',
      { href, onclick: (e: Event) => (e.preventDefault(), a.openSource(ev.source, ev.start, ev.end)) },
      `Source: ${where}`,
    ),
  );
}

function itemView(item: TimelineItem, a: PanelActions): HTMLElement {
  const quad = item.quad as Quad | null;
  return h(
    'li',
    { class: `item item-${item.kind}` },
    h(
      'div',
      {},
      h(
        'span',
        { class: 'tag', style: quad ? `background:${quadColours[quad]};color:#fff` : '' },
        quad ? quadLabels[quad] : item.kind,
      ),
      h('span', { class: 'muted' }, item.date ?? (fromArticles(item) ? 'from articles, undated' : 'undated')),
    ),
    h('div', { class: 'title' }, item.title),
    item.detail ? h('div', { class: 'muted' }, item.detail) : null,
    item.quotes.length
      ? h('div', {}, h('span', { class: 'muted' }, 'Quoted: '), item.quotes.map((q) => `“${q}”`).join(' · '))
      : null,
    item.corroboration ? h('div', { class: 'muted corroboration' }, item.corroboration) : null,
    ...item.evidence.map((ev) => evidenceView(ev, a)),
  );
}

/** The timeline of a pair of states: events by month, then every event, message and sanction with its evidence. */
export async function renderDyadPanel(
  el: HTMLElement,
  codes: { a: string; b: string },
  period: { since: string | null; until: string | null },
  a: PanelActions,
): Promise<void> {
  const close = h(
    'button',
    { type: 'button', class: 'close', 'aria-label': 'Close panel', onclick: () => a.close() },
    '×',
  );
  el.replaceChildren(
    close,
    h('h2', { id: 'panel-title' }, `${codes.a} – ${codes.b}`),
    h('p', { class: 'muted' }, 'Loading…'),
  );
  let d: Json;
  try {
    d = await api.dyad(codes.a, codes.b, period.since, period.until);
  } catch (e) {
    el.replaceChildren(
      close,
      h('h2', { id: 'panel-title' }, `${codes.a} – ${codes.b}`),
      h('p', { class: 'error' }, `Could not load this pair: ${(e as Error).message}`),
    );
    return;
  }
  const name = (v: unknown) => String((v as Json | undefined)?.name ?? '?');
  const items = timelineItems(d as never);
  const articles = items.filter((i) => i.date === null && fromArticles(i)).length;
  const list = h(
    'ul',
    { class: 'list', id: 'dyad-timeline' },
    ...items.flatMap((item, i) => [
      ...(i === 0 && articles
        ? [h('li', { class: 'group' }, h('h3', {}, `From articles (${articles}, undated)`))]
        : []),
      ...(i === articles && articles && i < items.length ? [h('li', { class: 'group' }, h('h3', {}, 'Dated'))] : []),
      itemView(item, a),
    ]),
  );
  const summary = Object.entries((d.summary ?? {}) as Record<string, Json | null>).map(([dir, s]) =>
    h(
      'li',
      {},
      `${dir}: ${s ? `${plural(Number(s.count) || 0, 'event')}, ${String(s.first)} – ${String(s.last)}, mean Goldstein ${Number(s.goldsteinMean).toFixed(2)}` : 'no events'}`,
    ),
  );
  let cursor = (d.events as Json | undefined)?.nextCursor as string | null | undefined;
  const more = h('button', { type: 'button', id: 'dyad-more', hidden: !cursor }, 'More events');
  more.addEventListener('click', async () => {
    if (!cursor) return;
    const next = await api.dyad(codes.a, codes.b, period.since, period.until, cursor);
    list.append(...timelineItems({ events: next.events as never }).map((item) => itemView(item, a)));
    cursor = (next.events as Json | undefined)?.nextCursor as string | null | undefined;
    more.hidden = !cursor;
  });
  el.replaceChildren(
    close,
    h('h2', { id: 'panel-title' }, `${name(d.a)} – ${name(d.b)}`),
    h(
      'div',
      { class: 'row-actions' },
      h('button', { type: 'button', class: 'link', onclick: () => a.openNode(`State:${codes.a}`) }, name(d.a)),
      h('button', { type: 'button', class: 'link', onclick: () => a.openNode(`State:${codes.b}`) }, name(d.b)),
    ),
    h('ul', { class: 'list' }, ...summary),
    dyadChart(chartBins(Array.isArray(d.months) ? (d.months as { month: string; quad: number; count: number }[]) : [])),
    h('h3', {}, 'Timeline'),
    list,
    more,
  );
}
