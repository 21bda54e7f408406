import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../../server/config/paths.ts';
import type { Database } from '../../../server/neo4j/database.ts';
import { writeWorld } from '../../../server/ingest/write-world.ts';
import { loadReferenceWorld, type ReferenceWorld } from '../../../server/reference/load-reference-world.ts';
import { graphCounts } from '../../support/graph-counts.ts';
import { emptyGraph, openTestDb } from '../../support/test-db.ts';

describe('the reference world in the real Neo4j', () => {
  let db: Database;
  let world: ReferenceWorld;
  let cleanCounts: Awaited<ReturnType<typeof graphCounts>>;

  beforeAll(async () => {
    db = await openTestDb();
    world = await loadReferenceWorld();
    await emptyGraph(db);
    await writeWorld(db, world);
    cleanCounts = await graphCounts(db);
  }, 240_000);
  afterAll(async () => {
    await db.close();
  });

  it('holds all 250 states with their aliases', async () => {
    const rows = await db.read<{ code: string; aliases: string[] }>(
      'MATCH (s:State) RETURN s.code AS code, s.aliases AS aliases',
    );
    expect(rows).toHaveLength(250);
    const prk = rows.find((r) => r.code === 'PRK');
    expect(prk?.aliases).toEqual(expect.arrayContaining(['DPRK']));
    const [vat] = await db.read<{ member: boolean; observer: boolean }>(
      "MATCH (s:State {code: 'VAT'}) RETURN s.unMember AS member, s.unObserver AS observer",
    );
    expect(vat).toEqual({ member: false, observer: true });
  });

  it('North Korea borders China, South Korea and Russia', async () => {
    const rows = await db.read<{ code: string }>(
      "MATCH (:State {code: 'PRK'})-[:BORDERS]-(n:State) RETURN n.code AS code ORDER BY code",
    );
    expect(rows.map((r) => r.code)).toEqual(['CHN', 'KOR', 'RUS']);
  });

  it.each([
    ['Kim Jong-un', 'PRK', '2011-12-17'],
    ['Xi Jinping', 'CHN', '2012-11-15'],
  ])('%s is one Leader node who LEADS %s from %s', async (name, code, start) => {
    const rows = await db.read<{ key: string; starts: string[] }>(
      'MATCH (l:Leader) WHERE l.name = $name OR $name IN l.aliases MATCH (l)-[r:LEADS]->(:State {code: $code}) RETURN l.key AS key, collect(r.start) AS starts',
      { name, code },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.starts).toContain(start);
  });

  it('UN-SC1718 targets North Korea and was imposed by the UN Security Council', async () => {
    const rows = await db.read<{ imposer: string; target: string }>(
      "MATCH (i)-[:IMPOSED]->(s:Sanction {key: 'UN-SC1718'})-[:TARGETS]->(t:State) RETURN i.key AS imposer, t.code AS target",
    );
    expect(rows).toEqual([{ imposer: 'UNSC', target: 'PRK' }]);
  });

  it('ICEWS events between China and North Korea can be fetched by date range with CAMEO code and source', async () => {
    const rows = await db.read<{
      date: string;
      cameo: string;
      root: string;
      quad: number;
      source: string;
      line: number;
    }>(
      `MATCH (a)-[:INITIATED]->(e:Event)-[:DIRECTED_AT]->(b), (e)-[f:FROM]->(s:Source)
       WHERE e.date >= $since AND e.date <= $until
         AND ((e.actorState = 'CHN' AND e.targetState = 'PRK') OR (e.actorState = 'PRK' AND e.targetState = 'CHN'))
       RETURN e.date AS date, e.cameo AS cameo, e.root AS root, e.quad AS quad, s.key AS source, f.line AS line ORDER BY date`,
      { since: '2014-01-01', until: '2014-12-31' },
    );
    expect(rows.length).toBeGreaterThanOrEqual(20);
    for (const r of rows) {
      expect(r.date >= '2014-01-01' && r.date <= '2014-12-31').toBe(true);
      expect(r.cameo).toMatch(/^\d{3,4}$/);
      expect(r.cameo.startsWith(r.root)).toBe(true);
      expect([1, 2, 3, 4]).toContain(r.quad);
      expect(r.source).toMatch(/^icews:/);
      expect(r.line).toBeGreaterThan(0);
    }
  });

  it('a second ingest of the same input changes no counts', async () => {
    const summary = await writeWorld(db, world);
    expect(Object.values(summary).every((c) => c.created === 0 && c.updated === 0)).toBe(true);
    expect(await graphCounts(db)).toEqual(cleanCounts);
  }, 120_000);

  it('an ingest killed midway (SIGKILL) and run again ends with the counts of one clean run', async () => {
    await emptyGraph(db);
    const child = spawn(process.execPath, [path.join(projectRoot, 'bin/stategraph.js'), 'ingest', 'reference'], {
      env: process.env,
      stdio: 'ignore',
    });
    let killedAt = -1;
    for (let i = 0; i < 600 && killedAt < 0; i++) {
      await new Promise((r) => setTimeout(r, 200));
      const [row] = await db.read<{ n: number }>('MATCH (e:Event) RETURN count(e) AS n');
      if ((row?.n ?? 0) > 10_000) {
        child.kill('SIGKILL');
        killedAt = row!.n;
      }
    }
    await new Promise((r) => child.once('exit', r));
    expect(killedAt).toBeGreaterThan(10_000);
    expect((await graphCounts(db)).nodes.Event).toBeLessThan(cleanCounts.nodes.Event!);
    await writeWorld(db, world);
    expect(await graphCounts(db)).toEqual(cleanCounts);
  }, 240_000);
});
