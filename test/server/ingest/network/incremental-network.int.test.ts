import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../../../server/neo4j/database.ts';
import { ingestPaths } from '../../../../server/ingest/ingest-paths.ts';
import { rebuildNetwork } from '../../../../server/ingest/network/rebuild-network.ts';
import { silentProgress } from '../../../../server/ingest/progress.ts';
import { removeRefreshing } from '../../../support/remove-events.ts';
import { stateEvent } from '../../../support/state-event.ts';
import { openTestDb } from '../../../support/test-db.ts';
import { ensureReferenceWorld } from '../../../support/world.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'reads-net-'));
const write = (name: string, lines: object[]) => {
  const p = path.join(dir, name);
  writeFileSync(p, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  return p;
};
const ingest = (db: Database, p: string) => ingestPaths(db, [p], silentProgress, () => {});
const isOurs = "s.key STARTS WITH 'user:reads-net' OR s.key STARTS WITH 'doc:reads-net'";

/** Every DYAD and every per-month summary, keyed, so two states of the network compare in full. */
async function network(db: Database) {
  const dyads = await db.read<{ k: string; p: Record<string, unknown> }>(
    "MATCH (a:State)-[d:DYAD]->(b:State) RETURN a.code + '-' + b.code AS k, properties(d) AS p ORDER BY k",
  );
  const months = await db.read<{ k: string; p: Record<string, unknown> }>(
    'MATCH (m:DyadMonth) RETURN m.key AS k, properties(m) AS p ORDER BY k',
  );
  return {
    dyads: Object.fromEntries(dyads.map((r) => [r.k, r.p])),
    months: Object.fromEntries(months.map((r) => [r.k, r.p])),
  };
}

/** Deletes the events of the given sources and refreshes their pairs, as a writer that removes facts does. */
const removeEvents = (db: Database, where: string) =>
  removeRefreshing(db, `MATCH (s:Source)<-[:FROM]-(e:Event) WHERE ${where} WITH e AS x`);

/** Removes everything these tests load: their events (refreshing the pairs), then their sources. */
async function removeOurs(db: Database): Promise<void> {
  await removeEvents(db, isOurs);
  await db.write(`MATCH (s:Source) WHERE ${isOurs} DETACH DELETE s`);
}

/** Events an earlier, interrupted run may have left without their source (ids of these tests' fixtures). */
const removeLeftovers = (db: Database) =>
  removeRefreshing(
    db,
    "MATCH (x:Event) WHERE x.actorState IN ['ISL', 'NZL', 'CHL', 'CHN'] AND (x.date >= '2031' OR x.date IS NULL) AND NOT (x)-[:FROM]->()",
  );

describe('the state network kept up to date at ingest', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDb();
    await ensureReferenceWorld(db);
    await removeOurs(db);
    await removeLeftovers(db);
  }, 600_000);
  afterAll(async () => {
    await removeOurs(db);
    await db.close();
  });

  it('after reference events, record files, articles, a replaced document and a deleted fact, equals a full rebuild', async () => {
    const records = write('reads-net-records.jsonl', [
      stateEvent('ISL', 'NZL', '042', '2031-01-05'),
      stateEvent('ISL', 'NZL', '190', '2031-01-20'),
      stateEvent('NZL', 'ISL', '036', '2031-02-01'),
      stateEvent('CHN', 'PRK', '057', '2031-02-03'),
    ]);
    expect((await ingest(db, records)).events?.created).toBe(4);
    const afterRecords = await network(db);
    expect(afterRecords.dyads['ISL-NZL']).toMatchObject({ last: '2031-01-20' });
    expect(afterRecords.months['ISL|NZL|2031-01']).toMatchObject({
      count: 2,
      quad1: 1,
      quad4: 1,
      first: '2031-01-05',
      last: '2031-01-20',
    });

    const articles = write('reads-net-articles.jsonl', [
      {
        id: 'reads-net-1',
        title: 'Talks',
        date: '2031-03-09',
        publisher: 'Test Wire',
        text: 'Iceland condemned New Zealand on Monday over the fishing dispute. Iceland also praised Chile for its mediation.',
      },
      {
        id: 'reads-net-2',
        title: 'Undated note',
        publisher: 'Test Wire',
        text: 'Chile criticized New Zealand over the fishing dispute.',
      },
    ]);
    expect((await ingest(db, articles)).documents?.created).toBe(2);
    const afterArticles = await network(db);
    expect(afterArticles.months['ISL|NZL|2031-03']).toMatchObject({ count: 1 });
    expect(afterArticles.months['CHL|NZL|']).toMatchObject({ count: 1, month: '' });
    expect(afterArticles.months['CHL|NZL|']!.first).toBeUndefined();
    expect(afterArticles.dyads['ISL-NZL']!.count).toBe((afterRecords.dyads['ISL-NZL']!.count as number) + 1);

    // The same id with new content: its relation between Iceland and New Zealand is gone, the one with Chile stays.
    const replaced = write('reads-net-replaced.jsonl', [
      {
        id: 'reads-net-1',
        title: 'Talks',
        date: '2031-03-09',
        publisher: 'Test Wire',
        text: 'Iceland praised Chile for its mediation.',
      },
    ]);
    expect((await ingest(db, replaced)).documents?.updated).toBe(1);
    const afterReplace = await network(db);
    expect(afterReplace.months['ISL|NZL|2031-03']).toBeUndefined();
    expect(afterReplace.dyads['ISL-NZL']).toEqual(afterRecords.dyads['ISL-NZL']);
    expect(afterReplace.months['ISL|CHL|2031-03']).toMatchObject({ count: 1 });

    // A deleted fact: the one record event between China and North Korea in 2031.
    await removeEvents(db, "s.key = 'user:reads-net-records.jsonl' AND e.actorState = 'CHN'");
    const incremental = await network(db);
    expect(incremental.months['CHN|PRK|2031-02']).toBeUndefined();
    expect(Object.keys(incremental.dyads).length).toBeGreaterThan(1000);

    await rebuildNetwork(db);
    expect(await network(db)).toEqual(incremental);
  }, 600_000);

  it('the DYAD of the busiest pair sums its events: count, quad classes, Goldstein mean, first and last date', async () => {
    const [row] = await db.read<{
      d: Record<string, number | string>;
      n: number;
      q: number[];
      g: number;
      first: string;
      last: string;
    }>(
      `MATCH (sa:State)-[d:DYAD]->(sb:State) WITH sa, sb, d ORDER BY d.count DESC LIMIT 1
       MATCH (e:Event) WHERE e.actorState = sa.code AND e.targetState = sb.code
       WITH d, count(e) AS n, collect(e.quad) AS quads, avg(e.goldstein) AS g, min(e.date) AS first, max(e.date) AS last
       RETURN properties(d) AS d, n, [q IN [1, 2, 3, 4] | size([x IN quads WHERE x = q])] AS q, g, first, last`,
    );
    expect(row!.n).toBeGreaterThan(100);
    expect(row!.d).toMatchObject({
      count: row!.n,
      quad1: row!.q[0],
      quad2: row!.q[1],
      quad3: row!.q[2],
      quad4: row!.q[3],
      first: row!.first,
      last: row!.last,
    });
    expect(row!.d.goldsteinMean as number).toBeCloseTo(row!.g, 6);
  });
});
