import { asText } from '../api/json.ts';
import type { GraphJson } from '../graph/types.ts';

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(v: unknown): string {
  const s =
    v === null || v === undefined
      ? ''
      : Array.isArray(v)
        ? v.join('; ')
        : typeof v === 'object'
          ? JSON.stringify(v)
          : (asText(v) ?? '');
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLine = (fields: unknown[]): string => fields.map(csvField).join(',');

function columnsOf(rows: Record<string, unknown>[], first: string[]): string[] {
  const cols = new Set(first);
  for (const r of rows) for (const k of Object.keys(r)) cols.add(k);
  return [...cols];
}

const drawOnly = new Set(['x', 'y', 'size', 'color', 'type', 'curvature', 'zIndex', 'fixed', 'forceLabel', 'labels']);
const visible = (a: Record<string, unknown>) => Object.fromEntries(Object.entries(a).filter(([k]) => !drawOnly.has(k)));

export function nodesCsv(graph: GraphJson): string {
  const rows = graph.nodes.map((n) => ({ key: n.key, ...visible(n.attributes) }));
  const cols = columnsOf(rows, ['key', 'label', 'kind']);
  return (
    [csvLine(cols), ...rows.map((r) => csvLine(cols.map((c) => (r as Record<string, unknown>)[c])))].join('\r\n') +
    '\r\n'
  );
}

export function edgesCsv(graph: GraphJson): string {
  const rows = graph.edges.map((e) => ({ key: e.key, source: e.source, target: e.target, ...visible(e.attributes) }));
  const cols = columnsOf(rows, ['key', 'source', 'target', 'relType']);
  return (
    [csvLine(cols), ...rows.map((r) => csvLine(cols.map((c) => (r as Record<string, unknown>)[c])))].join('\r\n') +
    '\r\n'
  );
}

/** Attributes GEXF can hold: scalars as they are, lists joined, objects as JSON; sigma's program names left out. */
export function gexfAttributes(a: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(a)) {
    if (v === null || v === undefined || k === 'type' || k === 'curvature' || k === 'zIndex' || k === 'fixed') continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
    else out[k] = Array.isArray(v) ? v.join('; ') : JSON.stringify(v);
  }
  return out;
}

/** A file name for an export, dated so several exports do not overwrite each other. */
export const exportFileName = (ext: string, now: Date): string =>
  `stategraph-${now.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.${ext}`;
