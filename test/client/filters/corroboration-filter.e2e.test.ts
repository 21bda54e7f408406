import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../../server/config/paths.ts';
import { gazetteerFromGraph } from '../../../server/ingest/documents/load-gazetteer.ts';
import { ingestArticleFile } from '../../../server/ingest/ingest-article-file.ts';
import { waitForGraph, waitForText } from '../../support/browser.ts';
import { openExplorerSession, type ExplorerSession } from '../../support/explorer-session.ts';
import { clearIngestState } from '../../support/ingest-service-fixture.ts';

const outDir = path.join(projectRoot, 'test-results', 'client');
const prefix = 'doc:corr-page-';

// One story from two independent outlets (North Korea condemning the United States on a day no other fact has), so
// exactly one event in the graph has two independent publishers; every other fact has one (data sets count as one).
const drills = (id: string, publisher: string, strongly: boolean) => ({
  id: `corr-page-${id}`,
  publisher,
  date: '2031-04-02',
  title: 'North Korea condemns drills',
  text:
    `North Korea on Wednesday ${strongly ? 'strongly ' : ''}condemned the United States over joint military drills near the peninsula, ` +
    `calling them a rehearsal for invasion, and warned of a ${strongly ? 'firm' : 'strong'} response, the report said.`,
});

interface Edge {
  key: string;
  attributes: Record<string, unknown>;
}
const filteredEdges = (p: Page) =>
  p.evaluate(
    () =>
      (window as unknown as { stategraph: { output(): { filtered: { edges: Edge[] } } } }).stategraph.output().filtered
        .edges,
  );
const setOutlets = (p: Page, n: number) =>
  p.$eval(
    '#filter-min-outlets',
    (el, v) => {
      const input = el as HTMLInputElement;
      input.value = String(v);
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    n,
  );

let session: ExplorerSession | undefined;
let page: Page;
let origin: string;
beforeAll(async () => {
  session = await openExplorerSession(outDir);
  ({ page } = session);
  origin = session.server.origin;
  const db = session.db;
  await clearIngestState(db, [prefix]);
  const docs = [drills('ap', 'Associated Press', false), drills('rt', 'Reuters', true)];
  await ingestArticleFile(
    db,
    'reports.jsonl',
    docs.map((d) => JSON.stringify(d)).join('\n'),
    await gazetteerFromGraph(db),
    () => {},
  );
}, 300_000);

afterAll(async () => {
  // The graph goes back to what the other page tests and their screenshot references expect.
  if (session) await clearIngestState(session.db, [prefix]);
  await session?.close();
}, 60_000);

describe('the corroboration filter', () => {
  test('draws only relations that many independent outlets report, and all of them again at 0', async () => {
    await page.goto(`${origin}/`);
    await waitForGraph(page);
    const all = await filteredEdges(page);
    expect(all.length).toBeGreaterThan(500);
    await page.click('button[data-drawer="filters"]');

    await setOutlets(page, 2);
    await page.waitForFunction(() => location.search.includes('outlets=2'));
    await waitForText(page, '#status', 'corroborated by 2 independent outlets or more', { timeout: 30_000 });
    const two = await filteredEdges(page);
    // Only the fixture's pair: its summary counts the events both outlets report (those the graph holds) and no other.
    const [fixture] = await session!.db.read<{ n: number }>(
      `MATCH (e:Event {actorState: 'PRK', targetState: 'USA'}) WHERE coalesce(e.independentPublishers, 1) >= 2
       RETURN count(e) AS n`,
    );
    expect(fixture!.n).toBeGreaterThan(0);
    expect(two.map((e) => e.key)).toEqual(['DYAD:PRK-USA']);
    expect(two[0]!.attributes).toMatchObject({
      count: fixture!.n,
      first: '2031-04-02',
      last: '2031-04-02',
      outlets: 2,
    });

    await setOutlets(page, 3);
    await waitForText(page, '#status', 'corroborated by 3 independent outlets or more', { timeout: 30_000 });
    expect(await filteredEdges(page)).toEqual([]);

    await setOutlets(page, 0);
    await waitForText(page, '#status', 'corroborated by', { timeout: 30_000, absent: true });
    expect(await page.evaluate(() => location.search)).not.toContain('outlets');
    const again = await filteredEdges(page);
    expect(again.length).toBe(all.length);
    const pair = again.find((e) => e.key === 'DYAD:PRK-USA');
    expect(pair?.attributes.count).toBeGreaterThan(1);
  }, 120_000);

  test('a link keeps the threshold, and the pair’s evidence panel shows how many outlets report its event', async () => {
    await page.goto(`${origin}/?outlets=2&sel=dyad:PRK-USA`);
    await waitForGraph(page);
    expect((await filteredEdges(page)).map((e) => e.key)).toEqual(['DYAD:PRK-USA']);
    await waitForText(page, '#panel', 'Corroborated by 2 outlets', { timeout: 30_000 });
    await page.click('button[data-drawer="filters"]');
    expect(await page.$eval('#filter-min-outlets', (el) => (el as HTMLInputElement).value)).toBe('2');
  }, 90_000);
});
