// Event rows as the CSV that cypher/queries/admin/load-events-csv.cypher reads, the LOAD CSV baseline of
// bench:ingest and bench:scale: the same rows the project's writer merges, so both do the same work.
import { EVENT_PROPS, type EventRow } from '../server/ingest/rows/event-row.ts';

// The record files of the benches carry no sectors.
const COLUMNS = [
  'id',
  'hash',
  'actor',
  'target',
  'source',
  'line',
  ...EVENT_PROPS.filter((k) => k !== 'actorSector' && k !== 'targetSector'),
];

export const EVENTS_CSV_HEADER = `${COLUMNS.join(',')}\n`;

const cell = (v: unknown) => {
  const s = v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** One CSV line (with its newline) per row. */
export function eventsCsvLines(rows: readonly EventRow[]): string {
  let out = '';
  for (const r of rows) {
    const flat: Record<string, unknown> = {
      ...r.props,
      id: r.id,
      hash: r.hash,
      actor: r.actor,
      target: r.target,
      source: r.source,
      line: r.evidence.line,
    };
    out += `${COLUMNS.map((c) => cell(flat[c])).join(',')}\n`;
  }
  return out;
}
