import { api } from '../api/client.ts';
import { asNumber, asObject, asObjectOrNull, asObjects, asString, asText, type JsonObject } from '../api/json.ts';
import { h } from '../app/dom.ts';
import { quadColours, quadLabels } from '../graph/palette.ts';
import type { Evidence, PanelActions, TimelineItem } from './types.ts';
import { chartBins, dyadChart } from './dyad-chart.ts';
import { plural } from './field-labels.ts';
import { fromArticles, timelineItems } from './utils.ts';
import { loadIntoPanel } from './load-into-panel.ts';

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
  const quad = item.quad;
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
  const loaded = await loadIntoPanel(el, `${codes.a} – ${codes.b}`, 'Could not load this pair', a, () =>
    api.dyad(codes.a, codes.b, period.since, period.until),
  );
  if (!loaded) return;
  const { data: d, close } = loaded;
  const name = (v: unknown) => asText(asObject(v).name) ?? '?';
  const items = timelineItems(d);
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
  const summary = Object.entries(asObject(d.summary)).map(([dir, v]) => {
    const s = asObjectOrNull(v);
    return h(
      'li',
      {},
      `${dir}: ${s ? `${plural(Number(s.count) || 0, 'event')}, ${asText(s.first) ?? '?'} – ${asText(s.last) ?? '?'}, mean Goldstein ${Number(s.goldsteinMean).toFixed(2)}` : 'no events'}`,
    );
  });
  const nextCursor = (answer: JsonObject) => asString(asObject(answer.events).nextCursor);
  let cursor = nextCursor(d);
  const more = h('button', { type: 'button', id: 'dyad-more', hidden: !cursor }, 'More events');
  const loadMore = async () => {
    if (!cursor) return;
    const next = await api.dyad(codes.a, codes.b, period.since, period.until, cursor);
    list.append(...timelineItems({ events: next.events ?? null }).map((item) => itemView(item, a)));
    cursor = nextCursor(next);
    more.hidden = !cursor;
  };
  more.addEventListener('click', () => void loadMore());
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
    dyadChart(
      chartBins(
        asObjects(d.months).map((m) => ({
          month: asString(m.month) ?? '',
          quad: asNumber(m.quad) ?? 0,
          count: asNumber(m.count) ?? 0,
        })),
      ),
    ),
    h('h3', {}, 'Timeline'),
    list,
    more,
  );
}
