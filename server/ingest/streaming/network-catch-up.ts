import type { Database } from '../../neo4j/database.ts';
import { runNamed, runNamedIn } from '../../neo4j/run-named.ts';
import { dyadTouches, factsOfEventRows, type NetworkFact } from '../network/dyad-touches.ts';
import { createDeltaSum, type DeltaSum, type MonthDelta } from '../network/network-deltas.ts';
import { pairLane } from './pair-lane.ts';
import { refreshDyads } from '../network/refresh-dyads.ts';
import type { EventRow } from '../rows/event-row.ts';

/** Pair-months held in memory before they are written out early, so memory stays flat however large the file. */
const MAX_MONTHS = 50_000;
const chunk = 2000;

/**
 * The state network of a streaming load: each batch's new events are summed in memory and added to their
 * pair-months and DYADs once, when the load ends, instead of in every batch's transaction. A batch of a large file
 * touches nearly as many pair-months as it has events, so adding per batch cost as much as writing the events;
 * summed over the file, the cost follows the pair-months touched.
 * Crash safety: the load's sources are marked before their first event is written and cleared in the transaction
 * that adds the last sums. A load that finds a source still marked (an earlier load of it stopped in between, so its
 * events are stored but not counted) recounts the pair-months it touches from the events instead of adding.
 */
export interface NetworkCatchUp {
  /** Marks a source before the first batch of its events is written. */
  begin(source: string): Promise<void>;
  /** After a batch has committed: all its rows, and those whose events it created. */
  committed(rows: readonly EventRow[], created: readonly EventRow[]): Promise<void>;
  /** Adds (or recounts) what is left and clears the marks, in one transaction that renews the version stamp. */
  finish(): Promise<void>;
}

export function networkCatchUp(db: Database): NetworkCatchUp {
  const begun = new Map<string, Promise<void>>();
  const recount = new Set<string>();
  let sums: DeltaSum = createDeltaSum();
  let touched = new Map<string, NetworkFact>();

  /** Pair-months in two transactions side by side (split by pair: no two share a summary), then the DYADs. */
  const writeOut = async (last: boolean) => {
    const s = sums.result();
    const t = touched.size > 0 ? dyadTouches(touched.values()) : null;
    sums = createDeltaSum();
    touched = new Map();
    const halves: MonthDelta[][] = [[], []];
    for (const m of s.months) halves[pairLane(m.a, m.b, 2)]!.push(m);
    await Promise.all(
      halves.map((months) =>
        db.writeTransaction(
          async (tx) => {
            for (let i = 0; i < months.length; i += chunk)
              await runNamedIn(tx, 'dyads/add-to-dyad-months', { rows: months.slice(i, i + chunk) });
          },
          { stamp: false },
        ),
      ),
    );
    // The DYADs, any recount and the cleared marks last: a load stopped before this transaction is recounted.
    await db.writeTransaction(
      async (tx) => {
        for (let i = 0; i < s.pairs.length; i += chunk)
          await runNamedIn(tx, 'dyads/add-to-dyads', { pairs: s.pairs.slice(i, i + chunk) });
        if (t) await refreshDyads(tx, t);
        if (last && begun.size > 0)
          await runNamedIn(tx, 'ingest/clear-network-pending', { sources: [...begun.keys()] });
      },
      { stamp: last },
    );
  };

  return {
    begin(source) {
      let p = begun.get(source);
      if (!p) {
        p = runNamed<{ pending: boolean }>(db, 'ingest/mark-network-pending', { sources: [source] }).then(([r]) => {
          if (r?.pending) recount.add(source);
        });
        begun.set(source, p);
      }
      return p;
    },
    async committed(rows, created) {
      if (recount.size === 0) sums.add(created);
      else {
        sums.add(created.filter((r) => !recount.has(r.source)));
        for (const f of factsOfEventRows(rows.filter((r) => recount.has(r.source)))) {
          const month = (f.date ?? '').slice(0, 7);
          if (f.a && f.b) touched.set(`${f.a}|${f.b}|${month}`, { a: f.a, b: f.b, date: month });
        }
      }
      if (sums.size + touched.size > MAX_MONTHS) await writeOut(false);
    },
    finish: () => writeOut(true),
  };
}
