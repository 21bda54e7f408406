import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { monthSpan } from '../../../server/use-cases/month-span.ts';
import { earliest, latest } from '../../../server/use-cases/date-range.ts';
import { int } from '../../../server/repositories/integer-params.ts';
import { writeWorld } from '../../../server/ingest/write-world.ts';
import { dyadTouches } from '../../../server/ingest/network/dyad-touches.ts';
import { refreshDyads } from '../../../server/ingest/network/refresh-dyads.ts';
import { loadCameoCodes } from '../../../server/reference/cameo.ts';
import type { Database } from '../../../server/neo4j/database.ts';
import { syntheticEvents } from '../../../bench/synthetic-events.ts';
import { profileHits } from '../../support/profile-hits.ts';
import { openTestDb } from '../../support/test-db.ts';
import { ensureReferenceWorld } from '../../support/world.ts';

// The reads the page makes, with the parameters its use cases send.
const reads: [string, string, Record<string, unknown>][] = [
  [
    'the monthly counts of USA and RUS',
    'dyads/count-dyad-events-by-month',
    { a: 'USA', b: 'RUS', ...monthSpan(earliest, latest), undated: true },
  ],
  [
    'a page of USA and RUS events',
    'events/list-dyad-events',
    { a: 'USA', b: 'RUS', since: earliest, upto: latest, limit: int(51) },
  ],
  ['the undated events of USA and RUS', 'events/list-dyad-undated-events', { a: 'USA', b: 'RUS', limit: int(51) }],
  ['the 200 busiest DYADs', 'graph/list-dyads', { limit: int(200) }],
  [
    'the network of 2010',
    'graph/count-dyads-between',
    { ...monthSpan('2010-01-01', '2010-12-31'), limit: int(10_000) },
  ],
  [
    'the network of March to mid-June 2010',
    'graph/count-dyads-between',
    { ...monthSpan('2010-03-01', '2010-06-15'), limit: int(10_000) },
  ],
  ['the paths from USA to PRK', 'path/find-shortest-paths', { from: 'State:USA', to: 'State:PRK', limit: int(5) }],
];

const source = 'synthetic:read-costs';
// Events between other states, in years the period reads do not ask for, spread thinly over many pairs; some of them
// are then given to USA and Russia with partners they already have (see beforeAll).
const others = (states: string[]) => states.filter((s) => !['USA', 'RUS', 'PRK'].includes(s));
const unrelatedCount = 20_000;
const sideCount = 5_000;

async function removeUnrelated(db: Database): Promise<void> {
  for (;;) {
    const removed = await db.writeTransaction(async (tx) => {
      const gone = await tx.run(
        `MATCH (:Source {key: $source})<-[:FROM]-(e:Event) WITH e LIMIT 5000
         WITH e, e.actorState AS a, e.targetState AS b, e.date AS date DETACH DELETE e RETURN a, b, date`,
        { source },
      );
      await refreshDyads(
        tx,
        dyadTouches(gone.records.map((r) => r.toObject() as { a: string; b: string; date: string })),
      );
      return gone.records.length;
    });
    if (removed === 0) return;
  }
}

describe('reads whose cost follows the answer', () => {
  let db: Database;
  const before = new Map<string, { hits: number; rows: number }>();
  beforeAll(async () => {
    db = await openTestDb();
    await ensureReferenceWorld(db);
    await removeUnrelated(db);
    for (const [label, name, params] of reads) before.set(label, await profileHits(db, name, params));
    const states = others(
      (await db.read<{ code: string }>('MATCH (s:State) RETURN s.code AS code ORDER BY code')).map((r) => r.code),
    );
    const events = syntheticEvents(
      { states, fromYear: 2031, toYear: 2035, skew: false, seed: 14, source },
      loadCameoCodes(),
      0,
      unrelatedCount,
    );
    // And events of USA and of Russia with partners they already have a DYAD with: the pair's reads must not see them.
    const partners = await db.read<{ a: string; b: string }>(
      `MATCH (s:State)-[:DYAD]->(t:State) WHERE s.code IN ['USA', 'RUS'] AND NOT t.code IN ['USA', 'RUS', 'PRK'] RETURN s.code AS a, t.code AS b`,
    );
    for (let i = 0; i < sideCount; i++) {
      const e = events[i]!;
      const p = partners[i % partners.length]!;
      Object.assign(e, {
        actor: { kind: 'State', key: p.a, name: p.a },
        target: { kind: 'State', key: p.b, name: p.b },
      });
    }
    await writeWorld(db, { events });
  }, 900_000);
  afterAll(async () => {
    await removeUnrelated(db);
    await db.close();
  }, 600_000);

  it('each read finds something on the reference world', () => {
    for (const [label] of reads)
      if (!label.includes('undated'))
        expect({ label, found: before.get(label)!.rows > 0 }).toEqual({ label, found: true });
  });

  it.each(reads.map(([label, name, params]) => [label, name, params] as const))(
    '%s costs the same database hits after 20,000 unrelated events (5,000 of them of USA or Russia with others)',
    async (label, name, params) => {
      const [{ n }] = (await db.read<{ n: number }>(
        'MATCH (:Source {key: $source})<-[:FROM]-(e:Event) RETURN count(e) AS n',
        { source },
      )) as [{ n: number }];
      expect(n).toBe(unrelatedCount);
      const after = await profileHits(db, name, params);
      expect({ label, ...after }).toEqual({ label, ...before.get(label) });
    },
  );
});
