import { api } from '../api/client.ts';
import { h } from '../app/dom.ts';
import { quadColours, quadLabels } from '../graph/palette.ts';
import type { Quad } from '../graph/types.ts';
import type { Evidence, PanelActions, TimelineItem } from './types.ts';
import { timelineItems } from './utils.ts';

type Json = Record<string, unknown>;

function evidenceView(ev: Evidence, a: PanelActions): HTMLElement {
  const where = ev.kind === 'dataset' ? `${ev.title ?? ev.source}${ev.line ? `, line ${ev.line}` : ''}` : (ev.title ?? ev.source);
  const href = `?sel=${encodeURIComponent(`source:${ev.source}${ev.start !== null && ev.end !== null ? `@${ev.start}-${ev.end}` : ''}`)}`;
  return h(
    'div',
    { class: 'evidence' },
    ev.sentence ? h('blockquote', {}, `“${ev.sentence}”`) : null,
    h('a', { href, onclick: (e: Event) => (e.preventDefault(), a.openSource(ev.source, ev.start, ev.end)) }, `Source: ${where}`),
  );
}

function itemView(item: TimelineItem, a: PanelActions): HTMLElement {
  const quad = item.quad as Quad | null;
  return h(
    'li',
    { class: `item item-${item.kind}` },
    h('div', {}, h('span', { class: 'tag', style: quad ? `background:${quadColours[quad]};color:#fff` : '' }, quad ? quadLabels[quad] : item.kind), h('span', { class: 'muted' }, item.date ?? 'undated')),
    h('div', { class: 'title' }, item.title),
    item.detail ? h('div', { class: 'muted' }, item.detail) : null,
    item.quotes.length ? h('div', {}, h('span', { class: 'muted' }, 'Quoted: '), item.quotes.map((q) => `“${q}”`).join(' · ')) : null,
    item.corroboration ? h('div', { class: 'muted corroboration' }, item.corroboration) : null,
    ...item.evidence.map((ev) => evidenceView(ev, a)),
  );
}

/** Events per month stacked by quad class, as a strip of bars: the shape of the relation over time. */
function monthBars(months: Json[]): HTMLElement {
  const byMonth = new Map<string, number[]>();
  for (const m of months) {
    const row = byMonth.get(String(m.month)) ?? [0, 0, 0, 0];
    const q = Number(m.quad);
    if (q >= 1 && q <= 4) row[q - 1]! += Number(m.count) || 0;
    byMonth.set(String(m.month), row);
  }
  const entries = [...byMonth].sort((x, y) => x[0].localeCompare(y[0]));
  const max = Math.max(1, ...entries.map(([, r]) => r.reduce((s, c) => s + c, 0)));
  return h(
    'div',
    { class: 'bars', role: 'img', 'aria-label': `Events per month from ${entries[0]?.[0] ?? '?'} to ${entries.at(-1)?.[0] ?? '?'}` },
    ...entries.map(([month, r]) => {
      const stops = r.map((c, i) => ({ c, colour: quadColours[(i + 1) as Quad] })).filter((x) => x.c > 0);
      let at = 0;
      const total = r.reduce((s, c) => s + c, 0);
      const gradient = stops.map(({ c, colour }) => `${colour} ${(at / total) * 100}% ${((at += c) / total) * 100}%`).join(',');
      return h('span', { title: `${month}: ${total} events`, style: `height:${(total / max) * 100}%;background:linear-gradient(to top,${gradient})` });
    }),
  );
}

/** The timeline of a pair of states: events by month, then every event, message and sanction with its evidence. */
export async function renderDyadPanel(el: HTMLElement, codes: { a: string; b: string }, period: { since: string | null; until: string | null }, a: PanelActions): Promise<void> {
  const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close panel', onclick: () => a.close() }, '×');
  el.replaceChildren(close, h('h2', { id: 'panel-title' }, `${codes.a} – ${codes.b}`), h('p', { class: 'muted' }, 'Loading…'));
  let d: Json;
  try {
    d = await api.dyad(codes.a, codes.b, period.since, period.until);
  } catch (e) {
    el.replaceChildren(close, h('h2', { id: 'panel-title' }, `${codes.a} – ${codes.b}`), h('p', { class: 'error' }, `Could not load this pair: ${(e as Error).message}`));
    return;
  }
  const name = (v: unknown) => String((v as Json | undefined)?.name ?? '?');
  const list = h('ul', { class: 'list', id: 'dyad-timeline' }, ...timelineItems(d as never).map((item) => itemView(item, a)));
  const summary = Object.entries((d.summary ?? {}) as Record<string, Json | null>).map(([dir, s]) => h('li', {}, `${dir}: ${s ? `${String(s.count)} events, ${String(s.first)} – ${String(s.last)}, mean Goldstein ${Number(s.goldsteinMean).toFixed(2)}` : 'no events'}`));
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
    h('div', { class: 'row-actions' }, h('button', { type: 'button', class: 'link', onclick: () => a.openNode(`State:${codes.a}`) }, name(d.a)), h('button', { type: 'button', class: 'link', onclick: () => a.openNode(`State:${codes.b}`) }, name(d.b))),
    h('ul', { class: 'list' }, ...summary),
    monthBars(Array.isArray(d.months) ? (d.months as Json[]) : []),
    h('h3', {}, 'Timeline'),
    list,
    more,
  );
}
