import { allQuads, defaultFilters } from '../filters/utils.ts';
import { colourModes, sizeModes, type ColourMode, type Quad, type SizeMode } from '../graph/types.ts';
import type { Selection } from '../app/types.ts';
import type { UrlState } from './types.ts';

const list = (v: string | null): string[] => (v ? v.split(',').filter((s) => s !== '') : []);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function encodeSelection(s: Selection): string {
  if (s.kind === 'node') return `node:${s.key}`;
  if (s.kind === 'dyad') return `dyad:${s.a}-${s.b}`;
  return `source:${s.id}${s.start !== null && s.end !== null ? `@${s.start}-${s.end}` : ''}`;
}

function decodeSelection(v: string | null): Selection | null {
  if (!v) return null;
  const dyad = /^dyad:([A-Z]{3})-([A-Z]{3})$/.exec(v);
  if (dyad) return { kind: 'dyad', a: dyad[1]!, b: dyad[2]! };
  if (v.startsWith('node:') && v.length > 5) return { kind: 'node', key: v.slice(5) };
  const source = /^source:(.+?)(?:@(\d+)-(\d+))?$/.exec(v);
  if (source)
    return {
      kind: 'source',
      id: source[1]!,
      start: source[2] ? Number(source[2]) : null,
      end: source[3] ? Number(source[3]) : null,
    };
  return null;
}

/** The query string for a view; defaults are left out so links stay short. */
export function encodeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  const d = defaultFilters();
  if (s.focus.length) p.set('focus', s.focus.join(','));
  if (s.layout !== 'force') p.set('layout', s.layout);
  if (s.colour !== 'kind') p.set('colour', s.colour);
  if (s.size !== 'degree') p.set('size', s.size);
  if (s.filters.excludedKinds.join() !== d.excludedKinds.join())
    p.set('noKinds', s.filters.excludedKinds.join(',') || '-');
  if (s.filters.excludedTypes.join() !== d.excludedTypes.join())
    p.set('noTypes', s.filters.excludedTypes.join(',') || '-');
  if (s.filters.quads.length !== allQuads.length) p.set('quads', s.filters.quads.join(',') || '-');
  if (s.filters.since) p.set('since', s.filters.since);
  if (s.filters.until) p.set('until', s.filters.until);
  if (s.filters.minOutlets > 0) p.set('outlets', String(s.filters.minOutlets));
  if (s.hidden.length) p.set('hidden', s.hidden.join(','));
  if (s.pinned.length) p.set('pinned', s.pinned.join(','));
  if (s.selection) p.set('sel', encodeSelection(s.selection));
  if (s.pathFrom) p.set('from', s.pathFrom);
  if (s.pathTo) p.set('to', s.pathTo);
  return p.toString();
}

/** A view from a query string; anything unreadable falls back to its default rather than failing the page. */
export function decodeUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const d = defaultFilters();
  const dashList = (k: string, fallback: string[]) => (p.has(k) ? list(p.get(k)).filter((x) => x !== '-') : fallback);
  const asked = list(p.get('quads'))
    .map(Number)
    .filter((q): q is Quad => allQuads.includes(q as Quad));
  const quads = p.get('quads') === '-' ? [] : asked.length ? asked : [...allQuads];
  const date = (k: string) => {
    const v = p.get(k);
    return v && isoDate.test(v) ? v : null;
  };
  return {
    focus: list(p.get('focus')),
    layout: p.get('layout') === 'geo' ? 'geo' : 'force',
    colour: colourModes.includes(p.get('colour') as ColourMode) ? (p.get('colour') as ColourMode) : 'kind',
    size: sizeModes.includes(p.get('size') as SizeMode) ? (p.get('size') as SizeMode) : 'degree',
    filters: {
      excludedKinds: dashList('noKinds', d.excludedKinds),
      excludedTypes: dashList('noTypes', d.excludedTypes),
      quads,
      since: date('since'),
      until: date('until'),
      minOutlets: /^\d{1,4}$/.test(p.get('outlets') ?? '') ? Math.min(1000, Number(p.get('outlets'))) : 0,
    },
    hidden: list(p.get('hidden')),
    pinned: list(p.get('pinned')),
    selection: decodeSelection(p.get('sel')),
    pathFrom: p.get('from'),
    pathTo: p.get('to'),
  };
}
