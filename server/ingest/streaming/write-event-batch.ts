import type { Database, Transaction } from '../../neo4j/database.ts';
import { runNamedIn } from '../../neo4j/run-named.ts';
import { EVENT_PROPS, type EventRow } from '../rows/event-row.ts';

export interface EventBatchResult {
  created: number;
  /** The rows whose events this batch created, one per id: what it adds to the state network. */
  createdRows: EventRow[];
}

const isKeyConflict = (e: unknown) =>
  (e as { code?: unknown } | null)?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

/**
 * One batch of a streaming load's events, in one transaction, with the graph ingest/merge-events alone would give.
 * A load mostly brings events the graph does not hold, so the batch is first created outright (ingest/create-events);
 * an id already stored fails that on the key constraint, and the batch runs again looking the stored ids up first,
 * creating the rest and merging those (which adds only their evidence). Should a concurrent load create one of the
 * ids in between, the batch is merged whole. The version stamp is left to the end of the load
 * (see Database.writeTransaction).
 */
export async function writeEventBatch(db: Database, rows: readonly EventRow[]): Promise<EventBatchResult> {
  for (const lookUp of [false, true]) {
    try {
      return await db.writeTransaction((tx) => createOrMerge(tx, rows, lookUp), { stamp: false });
    } catch (e) {
      if (!isKeyConflict(e)) throw e;
    }
  }
  return db.writeTransaction((tx) => mergeAll(tx, rows), { stamp: false });
}

async function createOrMerge(tx: Transaction, rows: readonly EventRow[], lookUp: boolean): Promise<EventBatchResult> {
  const stored = new Set<string>();
  if (lookUp) {
    const [found] = await runNamedIn<{ ids: string[] }>(tx, 'ingest/list-stored-event-ids', {
      ids: rows.map((r) => r.id),
    });
    for (const id of found?.ids ?? []) stored.add(id);
  }
  // The first row of an id is the one stored (as with the merge); a later row of it only adds its evidence.
  const fresh: EventRow[] = [];
  const rest: EventRow[] = [];
  const taken = new Set<string>();
  for (const r of rows) {
    if (stored.has(r.id) || taken.has(r.id)) rest.push(r);
    else {
      taken.add(r.id);
      fresh.push(r);
    }
  }
  if (fresh.length > 0) {
    const [made] = await runNamedIn<{ created: number }>(tx, 'ingest/create-events', { groups: groupRows(fresh) });
    // The caller sends only rows whose actor, target and source exist; anything else would miscount the network.
    if (made?.created !== fresh.length)
      throw new Error(
        `stategraph/write-event-batch: created ${made?.created ?? 0} of ${fresh.length} events (an actor, target or source is missing)`,
      );
  }
  if (rest.length > 0) await runNamedIn(tx, 'ingest/merge-events', { rows: rest });
  return { created: fresh.length, createdRows: fresh };
}

async function mergeAll(tx: Transaction, rows: readonly EventRow[]): Promise<EventBatchResult> {
  const [r] = await runNamedIn<{ created: number; createdIds: string[] }>(tx, 'ingest/merge-events', { rows });
  const ids = new Set(r?.createdIds ?? []);
  const createdRows: EventRow[] = [];
  for (const row of rows) {
    if (!ids.has(row.id)) continue;
    ids.delete(row.id);
    createdRows.push(row);
  }
  return { created: r?.created ?? 0, createdRows };
}

/** The FROM evidence create-events writes beside the Event's properties (EVENT_PROPS), each a column of a group. */
const EVIDENCE = ['line', 'sentence', 'start', 'end'] as const;

/**
 * Rows grouped by actor, target and source (first-seen order), each group's values in columns: the driver packs a
 * list of values for each property instead of a map with every key for each row, about half the bytes and the
 * loader's time. A column no row of the group has is left out (create-events reads it as null).
 */
function groupRows(rows: readonly EventRow[]) {
  const groups = new Map<string, Group>();
  for (const r of rows) {
    const key = `${r.actor}\u0000${r.target}\u0000${r.source}`;
    let g = groups.get(key);
    if (!g) {
      g = { actor: r.actor, target: r.target, source: r.source, id: [], hash: [] };
      groups.set(key, g);
    }
    const n = g.id.length;
    g.id.push(r.id);
    g.hash.push(r.hash);
    addColumns(g, n, r.props, EVENT_PROPS);
    addColumns(g, n, r.evidence, EVIDENCE);
  }
  return [...groups.values()];
}

type Group = { actor: string; target: string; source: string; id: unknown[]; hash: unknown[] } & Record<
  string,
  unknown
>;

/** Puts row n's values into their columns, starting a column (nulls before) at its first value. */
function addColumns(g: Group, n: number, values: Record<string, unknown>, keys: readonly string[]): void {
  for (const k of keys) {
    const v = values[k];
    if (v === undefined || v === null) continue;
    let col = g[k] as unknown[] | undefined;
    if (!col) g[k] = col = new Array<unknown>(n).fill(null);
    while (col.length < n) col.push(null);
    col.push(v);
  }
}
