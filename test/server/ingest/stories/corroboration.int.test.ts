import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { Database } from '../../../../server/neo4j/database.ts';
import { ingestArticleFile } from '../../../../server/ingest/ingest-article-file.ts';
import { gazetteerFromGraph } from '../../../../server/ingest/documents/load-gazetteer.ts';
import { clearIngestState } from '../../../support/ingest-service-fixture.ts';
import { openTestDb } from '../../../support/test-db.ts';
import { ensureReferenceWorld } from '../../../support/world.ts';
import { testApp } from '../../api/api-test-app.ts';

let db: Database;

const drills = (o: { id: string; publisher: string; strongly?: boolean }) => ({
  id: o.id,
  publisher: o.publisher,
  date: '2031-04-02',
  title: 'North Korea condemns drills',
  text:
    `North Korea on Wednesday ${o.strongly ? 'strongly ' : ''}condemned the United States over joint military drills near the peninsula, ` +
    `calling them a rehearsal for invasion, and warned of a ${o.strongly ? 'firm' : 'strong'} response, the report said.`,
});
const talks = {
  id: 'corr-talks',
  publisher: 'Reuters',
  date: '2031-04-03',
  title: 'Chile and Peru talk',
  text: 'Chile and Peru held talks on fishing rights in Lima on Thursday, both ministers said.',
};

const ingest = async (docs: object[]) =>
  ingestArticleFile(
    db,
    'reports.jsonl',
    docs.map((d) => JSON.stringify(d)).join('\n'),
    await gazetteerFromGraph(db),
    () => {},
  );

interface StoryRow {
  story: string;
  reports: number;
  publishers: number;
  sources: string[];
}
const stories = () =>
  db.read<StoryRow>(
    `MATCH (s:Source)-[:REPORTS]->(st:Story) WHERE s.key STARTS WITH 'doc:corr-'
     WITH st, collect(s.key) AS sources RETURN st.key AS story, st.reports AS reports, st.publishers AS publishers, sources ORDER BY story`,
  );
const condemnation = async () =>
  (
    await db.read<{ reports: number; publishers: number; stateMedia: number; independent: number; sources: number }>(
      `MATCH (e:Event {cameo: '111', actorState: 'PRK', targetState: 'USA', date: '2031-04-02'})
       RETURN e.reports AS reports, e.publishers AS publishers, e.stateMediaPublishers AS stateMedia,
              e.independentPublishers AS independent, COUNT { (e)-[:FROM]->() } AS sources`,
    )
  )[0];

beforeAll(async () => {
  db = await openTestDb();
  await ensureReferenceWorld(db);
}, 300_000);
beforeEach(() => clearIngestState(db, ['doc:corr-']), 60_000);
afterAll(async () => {
  await clearIngestState(db, ['doc:corr-']);
  await db.close();
}, 60_000);

describe('reports of one story from several outlets', () => {
  it('two near-identical reports give one story with two sources, and their relation a corroboration count of 2', async () => {
    const summary = await ingest([
      drills({ id: 'corr-ap', publisher: 'Associated Press' }),
      drills({ id: 'corr-rt', publisher: 'Reuters', strongly: true }),
      talks,
    ]);
    expect(summary.documents).toMatchObject({ created: 3 });
    const rows = await stories();
    expect(rows).toHaveLength(2);
    const drillStory = rows.find((r) => r.sources.includes('doc:corr-ap'))!;
    expect(drillStory).toMatchObject({ reports: 2, publishers: 2 });
    expect(drillStory.sources.sort()).toEqual(['doc:corr-ap', 'doc:corr-rt']);
    expect(rows.find((r) => r.sources.includes('doc:corr-talks'))).toMatchObject({ reports: 1 });
    expect(await condemnation()).toEqual({ reports: 2, publishers: 2, stateMedia: 0, independent: 2, sources: 2 });
  }, 60_000);

  it("counts KCNA's report of North Korea's own relation as state media of a party, not as independent", async () => {
    await ingest([
      drills({ id: 'corr-ap', publisher: 'Associated Press' }),
      drills({ id: 'corr-kcna', publisher: 'KCNA', strongly: true }),
    ]);
    expect(await condemnation()).toEqual({ reports: 2, publishers: 2, stateMedia: 1, independent: 1, sources: 2 });
  }, 60_000);

  it('takes the same text again from the same outlet as a re-send, and from another outlet as one more report', async () => {
    await ingest([drills({ id: 'corr-ap', publisher: 'Associated Press' })]);
    const resend = await ingest([drills({ id: 'corr-ap-copy', publisher: 'Associated Press' })]);
    expect(resend.documents).toMatchObject({ created: 0 });
    const other = await ingest([drills({ id: 'corr-bbc', publisher: 'BBC' })]);
    expect(other.documents).toMatchObject({ created: 1 });
    expect((await stories()).map((r) => r.reports)).toEqual([2]);
    expect(await condemnation()).toMatchObject({ reports: 2, publishers: 2, independent: 2 });
  }, 60_000);

  it('recounts when a report is replaced by a text about something else', async () => {
    await ingest([
      drills({ id: 'corr-ap', publisher: 'Associated Press' }),
      drills({ id: 'corr-rt', publisher: 'Reuters', strongly: true }),
    ]);
    await ingest([{ ...talks, id: 'corr-rt', title: 'Changed' }]);
    expect(await condemnation()).toMatchObject({ reports: 1, publishers: 1, sources: 1 });
    expect((await stories()).map((r) => r.sources.length)).toEqual([1, 1]);
  }, 60_000);
});

describe('filtering relations by corroboration', () => {
  it('lists with minSources only events enough publishers support, and with independentOnly counts no party state media', async () => {
    await ingest([
      drills({ id: 'corr-ap', publisher: 'Associated Press' }),
      drills({ id: 'corr-kcna', publisher: 'KCNA', strongly: true }),
    ]);
    const app = testApp(db);
    const list = async (q: string) =>
      (await request(app).get(`/api/states/PRK/relations?since=2031-04-01&until=2031-04-30&${q}`).expect(200)).body
        .items as {
        cameo: string;
        corroboration: { publishers: number; independentPublishers: number };
      }[];
    const all = await list('');
    expect(all.map((e) => e.cameo).sort()).toEqual(['111', '130']);
    expect(all[0]!.corroboration).toMatchObject({
      reports: 2,
      publishers: 2,
      stateMediaPublishers: 1,
      independentPublishers: 1,
    });
    expect(await list('minSources=2')).toHaveLength(2);
    expect(await list('minSources=2&independentOnly=true')).toHaveLength(0);
    expect(await list('minSources=1&independentOnly=true')).toHaveLength(2);
    expect(await list('minSources=3')).toHaveLength(0);
    const events = (
      await request(app).get('/api/events?actor=PRK&since=2031-04-01&until=2031-04-30&minSources=2').expect(200)
    ).body.items;
    expect(events).toHaveLength(2);
    await request(app).get('/api/events?minSources=0').expect(400);
  }, 60_000);
});
