import { corroborationLabel } from './corroboration-label.ts';
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

const asEvidence = (v: unknown): Evidence[] => (Array.isArray(v) ? (v as Evidence[]) : []);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const nameOf = (v: unknown): string =>
  v && typeof v === 'object' && 'name' in v ? String((v as { name: unknown }).name) : '?';

/** Whether an item's evidence is a document (an article) rather than a data set's line. */
export const fromArticles = (item: TimelineItem): boolean => item.evidence.some((e) => e.kind === 'document');

/**
 * Events, messages and sanctions of a dyad as one list: facts from articles without a date of their own take
 * their document's date; those still undated come first (grouped as "from articles"), then the dated newest first,
 * then other undated ones.
 */
export function timelineItems(dyad: {
  events?: { items?: unknown[] };
  messages?: unknown;
  sanctions?: unknown[];
}): TimelineItem[] {
  const messages = Array.isArray(dyad.messages)
    ? dyad.messages
    : ((dyad.messages as { items?: unknown[] } | undefined)?.items ?? []);
  const items: TimelineItem[] = [
    ...(dyad.events?.items ?? []).map((raw): TimelineItem => {
      const e = raw as Record<string, unknown>;
      return {
        kind: 'event',
        date: str(e.date),
        title: String(e.label ?? e.cameo ?? 'Event'),
        detail: `${nameOf(e.actor)} → ${nameOf(e.target)} · CAMEO ${String(e.cameo ?? '?')} · Goldstein ${String(e.goldstein ?? '?')}`,
        quad: typeof e.quad === 'number' ? e.quad : null,
        evidence: asEvidence(e.evidence),
        quotes: [],
        corroboration: corroborationLabel(e.corroboration),
      };
    }),
    ...messages.map((raw): TimelineItem => {
      const m = raw as Record<string, unknown>;
      const occasion = str(m.occasion);
      return {
        kind: 'message',
        date: str(m.date),
        title: `${humanize(String(m.kind ?? 'message'))}: ${nameOf(m.sender)} → ${nameOf(m.recipient)}`,
        detail: occasion ? `Occasion: ${occasion}` : '',
        quad: null,
        evidence: asEvidence(m.evidence),
        quotes: Array.isArray(m.quotes) ? m.quotes.map(String) : [],
      };
    }),
    ...(dyad.sanctions ?? []).map((raw): TimelineItem => {
      const s = raw as Record<string, unknown>;
      return {
        kind: 'sanction',
        date: typeof s.year === 'number' ? String(s.year) : null,
        title: String(s.name ?? s.key ?? 'Sanction'),
        detail: [
          s.how ? `${String(s.by ?? '?')} ${String(s.how).toLowerCase()}` : null,
          s.against ? `against ${String(s.against)}` : null,
        ]
          .filter(Boolean)
          .join(' '),
        quad: null,
        evidence: asEvidence(s.evidence),
        quotes: [],
      };
    }),
  ];
  for (const item of items)
    item.date ??=
      item.evidence.map((e) => (e as { date?: string | null }).date).find((d): d is string => typeof d === 'string') ??
      null;
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
    .map(([k, v]): [string, string] => [
      k,
      v === true
        ? 'yes'
        : v === false
          ? 'no'
          : Array.isArray(v)
            ? v.join(', ')
            : typeof v === 'object'
              ? JSON.stringify(v)
              : String(v),
    ])
    .sort((a, b) => a[0].localeCompare(b[0]));
}
