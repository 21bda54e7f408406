import { dominantQuad } from '../graph/utils.ts';
import type { GraphJson, JsonEdge, Quad } from '../graph/types.ts';
import type { FilterOptions, Filters } from './types.ts';
import { asText } from '../api/json.ts';

export const allQuads: Quad[] = [1, 2, 3, 4];

/** Borders are context, not relations: off until asked for. */
export const defaultFilters = (): Filters => ({
  excludedKinds: [],
  excludedTypes: ['BORDERS'],
  quads: [...allQuads],
  since: null,
  until: null,
  minOutlets: 0,
});

/** Relation types whose facts outlets report, and so carry a corroboration count. */
export const reportedTypes: ReadonlySet<string> = new Set(['DYAD', 'MESSAGE', 'SANCTION']);

const toggle = <T>(list: T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

export const toggleNodeKind =
  (kind: string) =>
  (f: Filters): Filters => ({ ...f, excludedKinds: toggle(f.excludedKinds, kind).sort() });
export const toggleRelationType =
  (type: string) =>
  (f: Filters): Filters => ({ ...f, excludedTypes: toggle(f.excludedTypes, type).sort() });
export const toggleQuad =
  (quad: Quad) =>
  (f: Filters): Filters => ({ ...f, quads: toggle(f.quads, quad).sort() });
/** A whole number of outlets from 0 (all relations) to 1000, whatever was typed. */
export const setMinOutlets =
  (n: number) =>
  (f: Filters): Filters => ({ ...f, minOutlets: Number.isFinite(n) ? Math.min(1000, Math.max(0, Math.floor(n))) : 0 });
export const setDateRange =
  (since: string | null, until: string | null) =>
  (f: Filters): Filters => ({ ...f, since, until });

/** The whole calendar year, as the slider steps through years. */
export const yearRange = (year: number): { since: string; until: string } => ({
  since: `${year}-01-01`,
  until: `${year}-12-31`,
});

/** Kinds and types present in a graph, sorted, for the filter checkboxes. */
export function filterOptions(graph: GraphJson): FilterOptions {
  const kinds = new Set<string>();
  const types = new Set<string>(['DYAD', 'MESSAGE', 'SANCTION', 'BORDERS']);
  for (const n of graph.nodes) kinds.add(asText(n.attributes.kind) ?? 'Node');
  for (const e of graph.edges) types.add(asText(e.attributes.type) ?? 'RELATED');
  return { nodeKinds: [...kinds].sort(), relationTypes: [...types].sort() };
}

/** The date an edge happened on, as far as it has one: messages have a date, sanctions a year, summaries a first and last. */
function edgePeriod(e: JsonEdge): { first: string; last: string } | null {
  const a = e.attributes;
  if (typeof a.date === 'string') return { first: a.date, last: a.date };
  if (typeof a.year === 'number') return { first: `${a.year}-01-01`, last: `${a.year}-12-31` };
  if (typeof a.first === 'string' && typeof a.last === 'string') return { first: a.first, last: a.last };
  return null;
}

/** Whether an edge may have happened in the range; undated edges stay, since no date rules them out. */
export function inDateRange(e: JsonEdge, since: string | null, until: string | null): boolean {
  const p = edgePeriod(e);
  if (!p) return true;
  return (since === null || p.last >= since) && (until === null || p.first <= until);
}

/**
 * Whether an edge meets the corroboration threshold. The network asked for with a threshold counts its DYADs over
 * corroborated events only and marks each reported edge with `outlets` (the least its facts have); edges of a
 * reported type without it (an expansion's, a path's) were not counted so, and stay out while a threshold is set.
 */
export function corroborated(e: JsonEdge, minOutlets: number): boolean {
  if (minOutlets <= 0 || !reportedTypes.has(asText(e.attributes.type) ?? '')) return true;
  const outlets = e.attributes.outlets;
  return typeof outlets === 'number' && outlets >= minOutlets;
}

/** The filtered graph: nodes of chosen kinds that are not hidden, and edges of chosen types, quads and dates between them. */
export function applyFilters(graph: GraphJson, filters: Filters, hidden: ReadonlySet<string>): GraphJson {
  const kinds = new Set(filters.excludedKinds);
  const types = new Set(filters.excludedTypes);
  const quads = new Set<number>(filters.quads);
  // With every quad class allowed no DYAD is dropped for its class: the default view skips the per-edge count.
  const allQuads = [1, 2, 3, 4].every((q) => quads.has(q));
  const nodes = graph.nodes.filter((n) => !hidden.has(n.key) && !kinds.has(asText(n.attributes.kind) ?? 'Node'));
  const keep = new Set(nodes.map((n) => n.key));
  const edges = graph.edges.filter((e) => {
    if (!keep.has(e.source) || !keep.has(e.target)) return false;
    const type = asText(e.attributes.type) ?? 'RELATED';
    if (types.has(type)) return false;
    if (type === 'DYAD' && !allQuads) {
      const q = dominantQuad(e.attributes);
      if (q !== null && !quads.has(q)) return false;
    }
    return inDateRange(e, filters.since, filters.until) && corroborated(e, filters.minOutlets);
  });
  return { ...graph, nodes, edges };
}

/**
 * The date range after one handle of the two-handle year slider moved: the other end stays where it was (open
 * when it was open), and pushing one handle past the other drags it along. A handle at the end of the span
 * means that side is open again, so both handles at the ends give back "all dates".
 */
export function rangeFromHandle(
  filters: Pick<Filters, 'since' | 'until'>,
  handle: 'from' | 'to',
  year: number,
  bounds: { min: number; max: number },
): { since: string | null; until: string | null } {
  const y = Math.min(bounds.max, Math.max(bounds.min, Math.round(year)));
  let from = filters.since ? Number(filters.since.slice(0, 4)) : bounds.min;
  let to = filters.until ? Number(filters.until.slice(0, 4)) : bounds.max;
  if (handle === 'from') {
    from = y;
    to = Math.max(to, y);
  } else {
    to = y;
    from = Math.min(from, y);
  }
  return { since: from <= bounds.min ? null : `${from}-01-01`, until: to >= bounds.max ? null : `${to}-12-31` };
}
