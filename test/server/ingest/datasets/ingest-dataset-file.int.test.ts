import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { projectRoot } from '../../../../server/config/paths.ts';
import type { Database } from '../../../../server/neo4j/database.ts';
import { ingestPaths } from '../../../../server/ingest/ingest-paths.ts';
import { silentProgress } from '../../../../server/ingest/progress.ts';
import { counts, openTestDb } from '../../../support/test-db.ts';
import { ensureReferenceWorld } from '../../../support/world.ts';
import { removeRefreshing } from '../../../support/remove-events.ts';

let db: Database;
const fixture = (f: string) => path.join(projectRoot, 'test', 'fixtures', 'datasets', f);
const ours = () =>
  db.read<{ id: string; a: string; b: string; cameo: string; quad: number; date: string; sector: string | null }>(
    `MATCH (e:Event) WHERE e.id STARTS WITH 'gdelt-109' OR e.id STARTS WITH 'icews-dv-92' OR e.id STARTS WITH 'polecat-2033'
     RETURN e.id AS id, e.actorState AS a, e.targetState AS b, e.cameo AS cameo, e.quad AS quad, e.date AS date, e.actorSector AS sector ORDER BY id`,
  );
const clear = () =>
  removeRefreshing(
    db,
    "MATCH (x:Event) WHERE x.id STARTS WITH 'gdelt-109' OR x.id STARTS WITH 'icews-dv-92' OR x.id STARTS WITH 'polecat-2033'",
  );

beforeAll(async () => {
  db = await openTestDb();
  await ensureReferenceWorld(db);
  await clear();
}, 300_000);
afterAll(async () => {
  await clear();
  await db.close();
}, 60_000);

describe('loading the data sets users bring', () => {
  it('loads ICEWS from Dataverse, GDELT 2.0 and POLECAT files, each recognised by its header, state to state only', async () => {
    const summary = await ingestPaths(
      db,
      [fixture('icews-dataverse.tab'), fixture('gdelt-2.0.export.CSV'), fixture('polecat.tsv')],
      silentProgress,
      () => {},
    );
    expect(summary.events).toMatchObject({ created: 6, rejected: 0 });
    expect(summary.skipped).toMatchObject({ rows: 4 });
    expect(await ours()).toEqual([
      { id: 'gdelt-1090000001', a: 'CHN', b: 'PRK', cameo: '042', quad: 1, date: '2033-01-15', sector: null },
      { id: 'gdelt-1090000002', a: 'USA', b: 'IRN', cameo: '163', quad: 4, date: '2033-01-16', sector: null },
      { id: 'icews-dv-92001001', a: 'CHN', b: 'PRK', cameo: '036', quad: 1, date: '2033-01-10', sector: 'Government' },
      {
        id: 'icews-dv-92001002',
        a: 'JPN',
        b: 'KOR',
        cameo: '111',
        quad: 3,
        date: '2033-01-11',
        sector: 'Foreign Affairs',
      },
      { id: 'polecat-20330120-0001', a: 'FRA', b: 'DEU', cameo: '040', quad: 1, date: '2033-01-20', sector: null },
      { id: 'polecat-20330121-0002', a: 'RUS', b: 'UKR', cameo: '112', quad: 3, date: '2033-01-21', sector: null },
    ]);
    const again = await ingestPaths(db, [fixture('gdelt-2.0.export.CSV')], silentProgress, () => {});
    expect(again.events).toMatchObject({ created: 0 });
  }, 120_000);

  it('writes nothing from a GDELT file with a malformed row, and names the row', async () => {
    await clear();
    const before = await counts(db);
    await expect(ingestPaths(db, [fixture('gdelt-bad.export.CSV')], silentProgress, () => {})).rejects.toThrow(
      /gdelt-bad\.export\.CSV:2: \(row\): expected 61 tab-separated fields, got 60/,
    );
    expect(await counts(db)).toEqual(before);
  }, 60_000);
});
