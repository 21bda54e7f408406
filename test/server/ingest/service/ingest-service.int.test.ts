import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../../../../server/neo4j/database.ts';
import { createIngestService, type IngestService } from '../../../../server/ingest/service/ingest-service.ts';
import type { ServiceConfig } from '../../../../server/ingest/service/service-config.ts';
import { sourceStore, type SourceRecord } from '../../../../server/ingest/service/source-store.ts';
import { jobStore } from '../../../../server/ingest/service/job-store.ts';
import { startFeedServer, type FeedServer } from '../../../support/feed-server.ts';
import { clearIngestState, testServiceConfig } from '../../../support/ingest-service-fixture.ts';
import { openTestDb } from '../../../support/test-db.ts';
import { ensureReferenceWorld } from '../../../support/world.ts';

let db: Database;
let feeds: FeedServer;
let cfg: ServiceConfig;
let service: IngestService;
const logs: string[] = [];

beforeAll(async () => {
  db = await openTestDb();
  await ensureReferenceWorld(db);
  feeds = await startFeedServer({ slowMs: 2500 });
}, 300_000);
afterAll(async () => {
  await clearIngestState(db, ['doc:feed:', 'doc:inbox-']);
  await feeds.close();
  await db.close();
}, 60_000);
beforeEach(async () => {
  await clearIngestState(db, ['doc:feed:', 'doc:inbox-']);
  feeds.hits.clear();
  cfg = testServiceConfig();
  service = createIngestService(db, cfg, (m) => logs.push(m));
}, 60_000);
afterEach(() => service.stop());

const source = async (id: string): Promise<SourceRecord> => (await sourceStore.list(db)).find((s) => s.id === id)!;
const feedDocs = (id: string) =>
  db.read<{ key: string; title: string; publisher: string }>(
    'MATCH (s:Source) WHERE s.key STARTS WITH $p RETURN s.key AS key, s.title AS title, s.publisher AS publisher ORDER BY key',
    { p: `doc:feed:${id}:` },
  );

describe('the ingest service polling feeds on loopback', () => {
  it('ingests the items of RSS 2.0, Atom and JSON feeds once, and a second poll is a conditional GET answered 304', async () => {
    await service.addFeed({ id: 'wire', url: feeds.url('rss.xml'), intervalSeconds: 1, publisher: 'Fixture Wire' });
    await service.addFeed({ id: 'atom', url: feeds.url('atom.xml'), intervalSeconds: 1 });
    await service.addFeed({ id: 'json', url: feeds.url('feed.json'), intervalSeconds: 1 });
    await service.start({ timer: false });
    await service.tick();
    expect((await feedDocs('wire')).map((d) => d.title)).toEqual(
      expect.arrayContaining(['Moldova and Romania sign energy pact', 'Estonia condemns border incident']),
    );
    expect(await feedDocs('wire')).toHaveLength(2);
    expect((await feedDocs('atom')).map((d) => [d.title, d.publisher])).toEqual([
      ['Chile and Peru hold talks', 'Fixture Atom Desk'],
    ]);
    expect((await feedDocs('json')).map((d) => d.title)).toEqual(['Kenya praises Tanzania']);
    const [moldova] = await db.read<{ events: number }>(
      "MATCH (s:Source)<-[:FROM]-(e:Event) WHERE s.key STARTS WITH 'doc:feed:wire:' AND e.actorState IN ['MDA', 'ROU'] RETURN count(e) AS events",
    );
    expect(moldova!.events).toBeGreaterThan(0);
    const wire = await source('wire');
    expect(wire).toMatchObject({
      state: 'ok',
      polls: 1,
      items: 2,
      newItems: 2,
      jobs: 1,
      failures: 0,
      lastError: null,
      format: 'rss',
    });
    expect(wire.etag).toMatch(/^"/);

    await new Promise((r) => setTimeout(r, 1100)); // the one-second interval passes
    await service.tick();
    expect(feeds.hits.get('rss.xml')).toEqual({ total: 2, notModified: 1 });
    expect(await source('wire')).toMatchObject({ polls: 2, newItems: 2, jobs: 1, lastStatus: 304 });
    const jobs = await jobStore.list(db);
    expect(jobs.filter((j) => j.sourceId === 'wire')).toEqual([
      expect.objectContaining({ state: 'done', total: 2, done: 2, created: 2 }),
    ]);
  }, 60_000);

  it('does not poll a feed again before its interval', async () => {
    await service.addFeed({ id: 'wire', url: feeds.url('rss.xml'), intervalSeconds: 3600 });
    await service.start({ timer: false });
    await service.tick();
    await service.tick();
    expect(feeds.hits.get('rss.xml')?.total).toBe(1);
  }, 60_000);

  it('ingests an item a feed repeats once, also when the feed changes and lists it again', async () => {
    await service.addFeed({ id: 'echo', url: feeds.url('repeats.xml'), intervalSeconds: 1 });
    await service.start({ timer: false });
    await service.tick();
    expect((await feedDocs('echo')).map((d) => d.title).sort()).toEqual([
      'Finland thanks Sweden',
      'Norway aids Iceland',
    ]);
    const grown = readFileSync(path.join('test', 'fixtures', 'feeds', 'repeats.xml'), 'utf8').replace(
      '</channel>',
      '<item><guid>echo-3</guid><title>Denmark greets Norway</title><description>On 9 March 2031, Denmark welcomed Norway.</description></item></channel>',
    );
    feeds.set('repeats.xml', grown);
    await new Promise((r) => setTimeout(r, 1100));
    await service.tick();
    expect((await feedDocs('echo')).map((d) => d.title).sort()).toEqual([
      'Denmark greets Norway',
      'Finland thanks Sweden',
      'Norway aids Iceland',
    ]);
    expect(await source('echo')).toMatchObject({ polls: 2, items: 7, newItems: 3, jobs: 2 });
    const jobs = (await jobStore.list(db)).filter((j) => j.sourceId === 'echo');
    expect(jobs.map((j) => j.total).sort()).toEqual([1, 2]);
  }, 60_000);

  it('reports a broken feed with its error and retries it after a backoff', async () => {
    await service.addFeed({ id: 'broken', url: feeds.url('broken.xml'), intervalSeconds: 1 });
    await service.addFeed({ id: 'gone', url: feeds.url('missing.xml'), intervalSeconds: 1 });
    await service.start({ timer: false });
    await service.tick();
    const first = await source('broken');
    expect(first).toMatchObject({ state: 'failing', failures: 1, polls: 1 });
    expect(first.lastError).toMatch(/broken\.xml: not an RSS or Atom feed/);
    expect((await source('gone')).lastError).toMatch(/missing\.xml: HTTP 404/);
    await service.tick(); // not yet due: the backoff holds
    expect(feeds.hits.get('broken.xml')?.total).toBe(1);
    await new Promise((r) => setTimeout(r, 1100));
    await service.tick();
    const second = await source('broken');
    expect(second).toMatchObject({ state: 'failing', failures: 2, polls: 2 });
    // after two failures in a row the next attempt waits twice the interval
    expect(Date.parse(second.nextPollAt!) - Date.parse(second.lastPolledAt!)).toBe(2000);
    feeds.set('broken.xml', readFileSync(path.join('test', 'fixtures', 'feeds', 'atom.xml'), 'utf8'));
    await new Promise((r) => setTimeout(r, 2100));
    await service.tick();
    expect(await source('broken')).toMatchObject({ state: 'ok', failures: 0, lastError: null, newItems: 1 });
  }, 60_000);

  it('gives up on a slow feed at the timeout without holding up the others', async () => {
    await service.addFeed({ id: 'slow', url: feeds.url('slow.xml'), intervalSeconds: 60 });
    await service.addFeed({ id: 'json', url: feeds.url('feed.json'), intervalSeconds: 60 });
    const polled: string[] = [];
    service = createIngestService(db, cfg, () => {}, { onPoll: (id) => polled.push(id) });
    await service.start({ timer: false });
    await service.tick();
    expect(polled).toEqual(['json', 'slow']);
    expect((await source('slow')).lastError).toMatch(/slow\.xml: no answer within 1000 ms/);
    expect(await source('json')).toMatchObject({ state: 'ok', newItems: 1 });
  }, 60_000);
});

describe('the ingest service watching the inbox', () => {
  it('ingests a dropped article once and moves it to done/, and a bad record file to failed/ with the reason beside it', async () => {
    await service.start({ timer: false });
    const inbox = cfg.inboxDir!;
    writeFileSync(
      path.join(inbox, 'note.jsonl'),
      `${JSON.stringify({ id: 'inbox-note-1', title: 'Ghana and Togo', text: 'On 10 March 2031, Ghana and Togo signed a trade agreement.' })}\n`,
    );
    writeFileSync(path.join(inbox, 'bad.jsonl'), '{"type":"state","code":"ZZQ"}\n');
    await new Promise((r) => setTimeout(r, 600)); // files settle before they are taken
    await service.tick();
    expect(
      readdirSync(inbox)
        .filter((f) => !f.startsWith('.'))
        .sort(),
    ).toEqual(['done', 'failed']);
    expect(readdirSync(path.join(inbox, 'done'))).toEqual(['note.jsonl']);
    expect(readdirSync(path.join(inbox, 'failed')).sort()).toEqual(['bad.jsonl', 'bad.jsonl.reason.txt']);
    expect(readFileSync(path.join(inbox, 'failed', 'bad.jsonl.reason.txt'), 'utf8')).toMatch(/bad\.jsonl:1: name/);
    const [doc] = await db.read<{ n: number }>("MATCH (s:Source {key: 'doc:inbox-note-1'}) RETURN count(s) AS n");
    expect(doc!.n).toBe(1);
    const jobs = await jobStore.list(db);
    expect(jobs.map((j) => [j.label, j.state]).sort()).toEqual([
      ['inbox: bad.jsonl', 'failed'],
      ['inbox: note.jsonl', 'done'],
    ]);
    expect(jobs.find((j) => j.state === 'failed')!.lastError).toMatch(/nothing loaded/);
    expect(await source('inbox')).toMatchObject({ items: 2, jobs: 2 });
    await service.tick();
    expect(existsSync(path.join(inbox, 'done', 'note.jsonl'))).toBe(true);
    expect((await jobStore.list(db)).length).toBe(2);
  }, 60_000);
});

describe('the ingest service across a restart', () => {
  it('resumes a job a stopped process left running, from its recorded progress', async () => {
    const docs = [1, 2, 3, 4].map((i) => ({
      id: `feed:resume:${i}`,
      title: `Resume ${i}`,
      text: `On ${10 + i} March 2031, Ghana praised Togo for talks number ${i}.`,
      publisher: 'Fixture Wire',
    }));
    const id = await jobStore.create(db, {
      kind: 'documents',
      label: 'resume test',
      sourceId: null,
      payload: { documents: docs },
      total: 4,
    });
    const first = createIngestService(db, cfg, () => {}, {
      onProgress: (_job, p) => {
        if (p.done === 2) void first.stop(); // the process goes away after two documents
      },
    });
    await first.start({ timer: false });
    await first.tick();
    await first.stop();
    const [cut] = (await jobStore.list(db)).filter((j) => j.id === id);
    expect(cut).toMatchObject({ state: 'running', done: 2, total: 4 });

    const resumedFrom: number[] = [];
    const second = createIngestService(db, cfg, () => {}, { onProgress: (_job, p) => resumedFrom.push(p.done) });
    await second.start({ timer: false });
    await second.tick();
    await second.stop();
    expect(resumedFrom).toEqual([3, 4]);
    const [done] = (await jobStore.list(db)).filter((j) => j.id === id);
    expect(done).toMatchObject({ state: 'done', done: 4, created: 4, attempts: 2 });
    expect((await feedDocs('resume')).map((d) => d.title)).toEqual(['Resume 1', 'Resume 2', 'Resume 3', 'Resume 4']);
  }, 60_000);
});
