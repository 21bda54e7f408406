import type { Quad } from '../graph/types.ts';
import { asNumber, asObject, asObjects, asString, asText, asTexts, type JsonObject } from '../api/json.ts';
import { corroborationLabel } from './corroboration-label.ts';
import { fieldValue } from './field-labels.ts';
import type { Evidence, TextSegment, TimelineItem } from './types.ts';

/** A document split around [start, end), clamped to the text, so the evidence sentence can be marked. */
export function highlightSegments(text: string, start: number | null, end: number | null): TextSegment[] {
  if (start === null || end === null || end <= start) return [{ text, marked: false }];
  const s = Math.max(0, Math.min(text.length, start));
  const e = Math.max(s, Math.min(text.length, end));
  return [
    { text: text.slice(0, s), marked: false },
    { text: text.slice(s, e), marked: true },
    { text: text.slice(e), marked: false },
  ].filter((seg) => seg.text !== '');
}

/** "2011-12-17 – present", "– 2020-01-18", or "dates unknown". */
export function formatPeriod(
  start: string | null | undefined,
  end: string | null | undefined,
  current = false,
): string {
  if (!start && !end) return current ? 'current' : 'dates unknown';
  return `${start ?? '?'} – ${end ?? (current ? 'present' : '?')}`;
}

export const humanize = (s: string): string => s.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

const num = asNumber;
const asQuad = (v: unknown): Quad | null => (v === 1 || v === 2 || v === 3 || v === 4 ? v : null);
const nameOf = (v: unknown): string => asText(asObject(v).name) ?? '?';

/** One piece of evidence as the API sends it; one without a source to open is left out. */
const asEvidence = (v: unknown): Evidence[] =>
  asObjects(v).flatMap((e): Evidence[] => {
    const source = asString(e.source);
    if (source === null) return [];
    return [
      {
        sentence: asString(e.sentence),
        kind: asString(e.kind) ?? '',
        source,
        title: asString(e.title),
        start: num(e.start),
        end: num(e.end),
        line: num(e.line),
        date: asString(e.date),
      },
    ];
  });

/** Whether an item's evidence is a document (an article) rather than a data set's line. */
export const fromArticles = (item: TimelineItem): boolean => item.evidence.some((e) => e.kind === 'document');

/**
 * Events, messages and sanctions of a dyad (GET /api/dyads/:a/:b) as one list: facts from articles without a date
 * of their own take their document's date; those still undated come first (grouped as "from articles"), then the
 * dated newest first, then other undated ones.
 */
export function timelineItems(dyad: JsonObject): TimelineItem[] {
  // `messages` is a list, or a page of one.
  const messages = Array.isArray(dyad.messages) ? asObjects(dyad.messages) : asObjects(asObject(dyad.messages).items);
  const items: TimelineItem[] = [
    ...asObjects(asObject(dyad.events).items).map((e): TimelineItem => ({
      kind: 'event',
      date: asString(e.date),
      title: asText(e.label ?? e.cameo) ?? 'Event',
      detail: `${nameOf(e.actor)} → ${nameOf(e.target)} · CAMEO ${asText(e.cameo) ?? '?'} · Goldstein ${asText(e.goldstein) ?? '?'}`,
      quad: asQuad(e.quad),
      evidence: asEvidence(e.evidence),
      quotes: [],
      corroboration: corroborationLabel(e.corroboration),
    })),
    ...messages.map((m): TimelineItem => {
      const occasion = asString(m.occasion);
      return {
        kind: 'message',
        date: asString(m.date),
        title: `${humanize(asText(m.kind) ?? 'message')}: ${nameOf(m.sender)} → ${nameOf(m.recipient)}`,
        detail: occasion ? `Occasion: ${occasion}` : '',
        quad: null,
        evidence: asEvidence(m.evidence),
        quotes: asTexts(m.quotes),
      };
    }),
    ...asObjects(dyad.sanctions).map((s): TimelineItem => ({
      kind: 'sanction',
      date: typeof s.year === 'number' ? String(s.year) : null,
      title: asText(s.name ?? s.key) ?? 'Sanction',
      detail: [
        s.how ? `${asText(s.by) ?? '?'} ${(asText(s.how) ?? '').toLowerCase()}` : null,
        s.against ? `against ${asText(s.against) ?? ''}` : null,
      ]
        .filter(Boolean)
        .join(' '),
      quad: null,
      evidence: asEvidence(s.evidence),
      quotes: [],
    })),
  ];
  for (const item of items)
    item.date ??= item.evidence.map((e) => e.date).find((d): d is string => typeof d === 'string') ?? null;
  const rank = (i: TimelineItem) => (i.date === null ? (fromArticles(i) ? 0 : 2) : 1);
  return items.sort((x, y) => rank(x) - rank(y) || (x.date === y.date ? 0 : x.date! < y.date! ? 1 : -1));
}

/** Properties worth showing in a panel: scalars and short lists, without the ones the header already shows. */
export function displayProperties(
  attributes: Record<string, unknown>,
  skip: readonly string[] = [],
): [string, string][] {
  const hidden = new Set(['label', 'x', 'y', 'size', 'color', 'labels', 'uid', ...skip]);
  return Object.entries(attributes)
    .filter(([k, v]) => !hidden.has(k) && v !== null && v !== undefined && v !== '')
    .map(([k, v]): [string, string] => [k, fieldValue(v)])
    .sort((a, b) => a[0].localeCompare(b[0]));
}
