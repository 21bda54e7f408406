import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import graphology from 'graphology';
import { parse } from 'graphology-gexf';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../server/config/paths.ts';
import { waitForGraph, waitForText } from '../support/browser.ts';
import { compareScreenshot } from '../support/screenshots.ts';
import { openExplorerSession, setRange, type ExplorerSession } from '../support/explorer-session.ts';

// Each test opens the page on its own URL, so none depends on what another left behind.
const Graph = graphology as unknown as typeof import('graphology').default;
const outDir = path.join(projectRoot, 'test-results', 'client');
const schema = path.join(projectRoot, 'test', 'fixtures', 'gexf', 'gexf.xsd');
/** Share of pixels allowed to differ from a reference screenshot (anti-aliasing, text rendering). */
const screenshotTolerance = 0.01;

let server: { origin: string; close(): Promise<void> };
let page: Page;

type Probe = {
  stategraph: {
    ready: boolean;
    output(): {
      filtered: { nodes: unknown[]; edges: { key: string }[] };
      visual: { nodes: { key: string }[]; edges: { key: string; attributes: { relType: string } }[] };
    };
    renderer(): {
      graph: {
        order: number;
        hasNode(k: string): boolean;
        hasEdge(k: string): boolean;
        nodes(): string[];
        edges(a: string, b: string): string[];
        getNodeAttributes(k: string): { x: number; y: number; label: string; forceLabel?: boolean };
        forEachNode(f: (k: string, a: { x: number; y: number; label: string; forceLabel?: boolean }) => void): void;
        forEachEdge(f: (k: string, a: { label?: string; relType: string }) => void): void;
      };
      sigma: { getCamera(): { isAnimated(): boolean } };
    };
  };
};

async function open(url: string, viewport = { width: 1280, height: 800 }): Promise<void> {
  await page.setViewportSize(viewport);
  await page.goto(`${server.origin}${url}`);
  await waitForGraph(page);
  await settled();
}

/** Waits until the camera stopped moving and two frames were drawn. */
async function settled(): Promise<void> {
  await page.waitForFunction(
    () => !(window as unknown as Probe).stategraph.renderer().sigma.getCamera().isAnimated(),
    null,
    { timeout: 10_000 },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

let session: ExplorerSession | undefined;
beforeAll(async () => {
  session = await openExplorerSession(outDir);
  ({ server, page } = session);
}, 240_000);

afterAll(async () => {
  await session?.close();
});

describe('the page as a graph explorer', () => {
  test('starts on the network’s backbone with the largest states labelled, and looks as its reference', async () => {
    await open('/');
    const status = await waitForText(page, '#status', 'relations drawn');
    expect(status).toMatch(/^\d+ of \d+ nodes · [\d,]+ of [\d,]+ relations drawn · \d+ unconnected nodes? left out/);
    const labelled = await page.evaluate(() => {
      const out: string[] = [];
      (window as unknown as Probe).stategraph.renderer().graph.forEachNode((k, a) => a.forceLabel && out.push(k));
      return out;
    });
    expect(labelled).toEqual(expect.arrayContaining(['State:USA', 'State:GBR', 'State:JPN', 'State:CHN']));
    const shot = await compareScreenshot(page, 'start-view');
    expect(shot.ratio).toBeLessThan(screenshotTolerance);
  }, 90_000);

  test('expanding North Korea draws its leaders connected to it and near it; undo takes them away', async () => {
    await open('/?sel=node%3AState%3APRK');
    await waitForText(page, '#panel-title', 'North Korea');
    await page.click('#node-expand');
    await waitForText(page, '#node-expand', /Show more|All neighbours shown/);
    await settled();
    const leaders = await page.evaluate(() => {
      const g = (window as unknown as Probe).stategraph.renderer().graph;
      const c = g.getNodeAttributes('State:PRK');
      let minX = Infinity,
        maxX = -Infinity;
      g.forEachNode((_k, a) => ((minX = Math.min(minX, a.x)), (maxX = Math.max(maxX, a.x))));
      return g
        .nodes()
        .filter((k) => k.startsWith('Leader:'))
        .map((k) => {
          const a = g.getNodeAttributes(k);
          return {
            key: k,
            edges: g.edges(k, 'State:PRK').length,
            distance: Math.hypot(a.x - c.x, a.y - c.y) / (maxX - minX),
          };
        });
    });
    expect(leaders.length).toBeGreaterThanOrEqual(10);
    expect(leaders.map((l) => l.key)).toContain('Leader:kim-jong-un');
    for (const l of leaders) {
      expect(l.edges).toBeGreaterThan(0);
      expect(l.distance).toBeLessThan(0.15);
    }
    // The camera follows the expansion: North Korea sits in the middle of the canvas the panel leaves uncovered.
    const centre = await page.evaluate(() => {
      const r = (window as unknown as Probe).stategraph.renderer() as unknown as {
        graph: { getNodeAttributes(k: string): { x: number; y: number } };
        sigma: { graphToViewport(p: { x: number; y: number }): { x: number; y: number } };
      };
      const canvas = document.getElementById('graph')!.getBoundingClientRect();
      const panel = document.getElementById('panel')!.getBoundingClientRect();
      return {
        at: r.sigma.graphToViewport(r.graph.getNodeAttributes('State:PRK')),
        middle: { x: (panel.left - canvas.left) / 2, y: canvas.height / 2 },
      };
    });
    expect(Math.abs(centre.at.x - centre.middle.x)).toBeLessThan(2);
    expect(Math.abs(centre.at.y - centre.middle.y)).toBeLessThan(2);
    await waitForText(page, '#node-details', 'Kim Jong-un', { timeout: 15_000 });
    const shot = await compareScreenshot(page, 'expanded-north-korea');
    expect(shot.ratio).toBeLessThan(screenshotTolerance);
    await page.click('#node-undo-expand');
    await page.waitForFunction(() => !location.search.includes('focus='));
    await page.waitForFunction(
      () => !(window as unknown as Probe).stategraph.renderer().graph.hasNode('Leader:kim-jong-un'),
    );
  }, 90_000);

  test('finds a path from Tuvalu to North Korea and one from a leader to a state through /api/path, and draws them', async () => {
    await open('/');
    await page.click('button[data-drawer="path"]');
    await page.fill('#path-from', 'Tuvalu');
    await page.fill('#path-to', 'North Korea');
    await page.click('#path-find');
    await waitForText(page, '#path-nodes', 'Tuvalu', { timeout: 20_000 });
    const steps = await page.locator('#path-nodes li').allTextContents();
    expect(steps[0]).toBe('Tuvalu');
    expect(steps.at(-1)).toBe('North Korea');
    const drawn = await page.evaluate(() => {
      const w = window as unknown as Probe & {
        stategraph: { store: { get(): { path: { edges: string[]; nodes: string[] } | null } } };
      };
      const p = w.stategraph.store.get().path!;
      const g = w.stategraph.renderer().graph;
      return {
        edges: p.edges.length,
        drawnEdges: p.edges.filter((k) => g.hasEdge(k)).length,
        nodes: p.nodes.filter((k) => g.hasNode(k)).length,
        all: p.nodes.length,
      };
    });
    expect(drawn.edges).toBe(steps.length - 1);
    expect(drawn.drawnEdges).toBe(drawn.edges);
    expect(drawn.nodes).toBe(drawn.all);

    await page.fill('#path-from', 'Kim Jong-un');
    await page.fill('#path-to', 'United States');
    await page.click('#path-find');
    await waitForText(page, '#path-nodes', 'Kim Jong-un', { timeout: 20_000 });
    const leaderSteps = await page.locator('#path-nodes li').allTextContents();
    expect(leaderSteps[0]).toBe('Kim Jong-un');
    expect(leaderSteps.at(-1)).toBe('United States');
    expect(await page.textContent('#path-steps')).toMatch(/Leads|Holds/); // an office, from either data set
    expect(page.url()).toContain('from=Leader%3Akim-jong-un');
  }, 90_000);

  test('sets the date range 2008–2012 with both handles, starting from "all dates"', async () => {
    await open('/');
    await page.click('button[data-drawer="filters"]');
    await waitForText(page, '#filter-dates', 'All dates');
    const bounds = await page.$eval('#filter-from', (el) => ({
      min: Number((el as HTMLInputElement).min),
      max: Number((el as HTMLInputElement).max),
    }));
    expect(bounds.min).toBeLessThanOrEqual(2005);
    expect(bounds.max).toBeGreaterThanOrEqual(2015);
    await setRange(page, '#filter-from', 2008);
    await setRange(page, '#filter-to', 2012);
    await page.waitForFunction(
      () => location.search.includes('since=2008-01-01') && location.search.includes('until=2012-12-31'),
    );
    await waitForText(page, '#status', '2008-01-01 to 2012-12-31', { timeout: 30_000 });
    await waitForText(page, '#filter-dates', '2008-01-01 to 2012-12-31');
    expect(await page.$eval('#filter-from', (el) => (el as HTMLInputElement).value)).toBe('2008');
    expect(await page.$eval('#filter-to', (el) => (el as HTMLInputElement).value)).toBe('2012');
  }, 90_000);

  test('exports the whole filtered dataset: GEXF that graphology-gexf reads and GEXF 1.3 validates, CSV of the same edges', async () => {
    await open('/?focus=State%3APRK');
    const filtered = await page.evaluate(() => {
      const o = (window as unknown as Probe).stategraph.output();
      return { nodes: o.filtered.nodes.length, edges: o.filtered.edges.length, drawn: o.visual.edges.length };
    });
    expect(filtered.edges).toBeGreaterThan(filtered.drawn);
    await page.click('button[data-drawer="export"]');
    await waitForText(page, '#export-contents', `${filtered.edges} relations`);
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    const file = path.join(outDir, 'filtered.gexf');
    await gexf.saveAs(file);
    const g = parse(Graph, readFileSync(file, 'utf8'));
    expect(g.size).toBe(filtered.edges);
    expect(g.order).toBe(filtered.nodes);
    expect(g.edges('Leader:kim-jong-un', 'State:PRK').length).toBeGreaterThan(0);
    expect(g.getNodeAttribute('State:PRK', 'label')).toBe('North Korea');
    expect(readFileSync(file, 'utf8')).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"\/>/);
    const lint = execFileSync('xmllint', ['--noout', '--schema', schema, file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(lint).toBe('');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-edges-csv')]);
    const csvFile = path.join(outDir, 'filtered-edges.csv');
    await csv.saveAs(csvFile);
    const lines = readFileSync(csvFile, 'utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/^key,source,target,relType/);
    expect(lines.length - 1).toBe(filtered.edges);
  }, 90_000);

  test('at 390 × 844 every drawer stays visible with the panel open', async () => {
    await open('/?sel=node%3AState%3APRK', { width: 390, height: 844 });
    await waitForText(page, '#panel-title', 'North Korea');
    for (const name of ['filters', 'path', 'cypher', 'export']) {
      await page.click(`button[data-drawer="${name}"]`);
      const boxes = await page.evaluate((n) => {
        const box = (id: string) => {
          const r = document.getElementById(id)!.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
        };
        const d = box(`drawer-${n}`);
        const p = box('panel');
        const on = (b: typeof d, id: string) =>
          document.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2)?.closest(`#${id}`) !== null;
        return { d, p, drawerOnTop: on(d, `drawer-${n}`), panelOnTop: on(p, 'panel') };
      }, name);
      expect(boxes.d.height).toBeGreaterThan(150);
      expect(boxes.p.height).toBeGreaterThan(150);
      expect(boxes.d.bottom <= boxes.p.top + 1 || boxes.p.bottom <= boxes.d.top + 1).toBe(true);
      expect(boxes.d.bottom).toBeLessThanOrEqual(844);
      expect(boxes.p.bottom).toBeLessThanOrEqual(844);
      expect(boxes.drawerOnTop).toBe(true);
      expect(boxes.panelOnTop).toBe(true);
      await page.click(`button[data-drawer="${name}"]`);
    }
  }, 90_000);

  test('the Cypher graph labels every node by name and relationships with their properties; a long query can be cancelled', async () => {
    await open('/');
    await page.click('button[data-drawer="cypher"]');
    await page.fill('#cypher-query', 'MATCH (l:Leader)-[r:LEADS]->(s:State {code: $code}) RETURN l, r, s LIMIT 20');
    await page.fill('#cypher-params', '{"code": "PRK"}');
    await page.click('#cypher-run');
    await waitForText(page, '#cypher-table', '[:LEADS {', { timeout: 15_000 });
    await waitForText(page, '#cypher-summary', 'rows');
    await page.click('#cypher-show-graph');
    await page.waitForFunction(
      () =>
        (window as unknown as Probe).stategraph.renderer().graph.hasNode('State:PRK') &&
        (window as unknown as Probe).stategraph.renderer().graph.order <= 21,
    );
    const drawn = await page.evaluate(() => {
      const g = (window as unknown as Probe).stategraph.renderer().graph;
      const nodes: { key: string; label: string; forced: boolean }[] = [];
      const edges: string[] = [];
      g.forEachNode((key, a) => nodes.push({ key, label: a.label, forced: a.forceLabel === true }));
      g.forEachEdge((_k, a) => edges.push(a.label ?? ''));
      return { nodes, edges };
    });
    expect(drawn.nodes.length).toBeGreaterThan(5);
    for (const n of drawn.nodes) {
      expect(n.forced).toBe(true);
      expect(n.label).not.toBe('');
      expect(n.label).not.toBe(n.key);
    }
    expect(drawn.nodes.find((n) => n.key === 'Leader:kim-jong-un')?.label).toBe('Kim Jong-un');
    for (const label of drawn.edges) expect(label).toMatch(/^LEADS role: /);
    await page.click('#back-to-network');
    await page.click('button[data-drawer="cypher"]');
    await page.fill('#cypher-query', 'UNWIND range(1, 300000000) AS x RETURN count(x) AS n');
    await page.fill('#cypher-params', '');
    await page.click('#cypher-run');
    await page.locator('#cypher-running').waitFor({ state: 'visible', timeout: 5_000 });
    await page.click('#cypher-cancel');
    await page.locator('#cypher-cancelled').waitFor({ timeout: 5_000 });
    expect(await page.isHidden('#cypher-cancel')).toBe(true);
  }, 90_000);

  test('the map layout draws the states over country outlines and looks as its reference', async () => {
    await open('/?layout=geo');
    await page.waitForFunction(
      () => {
        const c = document.querySelector<HTMLCanvasElement>('canvas.map-layer');
        if (!c || c.hidden || c.width === 0) return false;
        const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let painted = 0;
        for (let i = 3; i < px.length; i += 4 * 97) if (px[i]! > 0) painted++;
        return painted > 100;
      },
      null,
      { timeout: 15_000 },
    );
    await settled();
    const shot = await compareScreenshot(page, 'map-layout');
    expect(shot.ratio).toBeLessThan(screenshotTolerance);
  }, 90_000);
});
