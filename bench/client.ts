// Times the web page in headless Chromium: navigation to first drawn frame, frames per second while panning,
// and input latency while ForceAtlas2 runs, for the reference world's state network and for a generated graph of
// 10,000 nodes and 50,000 edges. In the same run, a bare sigma page requests the same /api/graph answer and draws
// exactly the nodes and edges StateGraph drew (captured from the page), with the same edge programs and rendering
// settings; both are warmed up, then measured BENCH_RUNS times (at least 5) in alternating order.
// Runs on NEO4J_URI when set, else on the benchmarks' own local instance "bench-client" (on the bench port, 7689),
// which holds only the reference world and the seed article: bench:api's synthetic events live in "bench".
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { pino } from 'pino';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { createApp } from '../server/api/create-app.ts';
import { securityHeaders } from '../server/api/security-headers.ts';
import { loadConfig } from '../server/config/load-config.ts';
import { projectRoot } from '../server/config/paths.ts';
import type { Database } from '../server/neo4j/database.ts';
import { ensureClientBuilt, launchChromium, startServer } from '../test/support/browser.ts';
import { ensureSeedArticle } from '../test/support/world.ts';
import { openBench } from './bench-db.ts';
import { bareSigmaPage, syntheticGraph, type DrawnSpec, type Json } from './client-fixtures.ts';

const runs = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const panMs = Number(process.env.BENCH_PAN_MS ?? 3000);

async function openDb(): Promise<Database> {
  const { db } = await openBench(process.env.STATEGRAPH_BENCH_INSTANCE ?? 'bench-client');
  await ensureSeedArticle(db);
  return db;
}

/** Builds the bare page (sigma + graphology, nothing else) with Vite into a cache folder under node_modules. */
async function buildBarePage(): Promise<string> {
  const root = path.join(projectRoot, 'node_modules', '.cache', 'stategraph-bench', 'bare');
  mkdirSync(root, { recursive: true });
  for (const [name, text] of Object.entries(bareSigmaPage)) writeFileSync(path.join(root, name), text);
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    base: '/bare/',
    build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  });
  return path.join(root, 'dist');
}

/**
 * A server for one graph: the bare page under /bare, and the real page, with /api/graph answered from `graph` for both.
 * Both pages are served with the product's security headers, as on the world's server: a page sent with
 * Cross-Origin-Opener-Policy starts in a renderer process of its own, one sent without it in the tab's first one.
 */
function syntheticApp(graph: Json, clientDir: string, bareDir: string): Express {
  const app = express();
  app.use(securityHeaders());
  app.use('/bare', express.static(bareDir));
  app.get('/api/graph', (_req, res) => void res.json(graph));
  app.get('/api/search', (_req, res) => void res.json({ items: [] }));
  app.use(express.static(clientDir));
  return app;
}

/** The real server with the bare page beside it, under the same headers; both ask the real /api/graph for the state network. */
function worldApp(db: Database, clientDir: string, bareDir: string): Express {
  const app = express();
  app.use('/bare', securityHeaders(), express.static(bareDir));
  app.use(
    createApp({
      db,
      config: loadConfig({ ...process.env, LOG_LEVEL: 'silent' }),
      logger: pino({ level: 'silent' }),
      clientDir,
    }),
  );
  return app;
}

interface PageTimes {
  firstFrameMs: number;
  fps: number;
  drawnEdges: number;
  /** The page's marks (window.stategraph.timings, or the bare page's), ms from navigation start: where its first frame goes. */
  marks?: Record<string, number>;
}

/** One page load: first frame as performance.now() at the frame after sigma's first render, then a mouse drag for the frame rate. */
async function measurePage(browser: Browser, url: string, handle: 'stategraph' | 'bare'): Promise<PageTimes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    (h) => (window as unknown as Record<string, { firstFrameMs: number | null } | undefined>)[h]?.firstFrameMs != null,
    handle,
    { timeout: 120_000 },
  );
  if (handle === 'stategraph')
    await page.waitForFunction(() => (window as unknown as { stategraph: { ready: boolean } }).stategraph.ready, null, {
      timeout: 120_000,
    });
  await page.waitForTimeout(500);
  const probe = `(() => { const w = window; return w.stategraph ? { firstFrameMs: w.stategraph.firstFrameMs, sigma: () => w.stategraph.renderer().sigma, edges: () => w.stategraph.renderer().graph.size } : w.bare; })()`;
  const firstFrameMs = await page.evaluate<number>(`${probe}.firstFrameMs`);
  const drawnEdges = await page.evaluate<number>(`${probe}.edges()`);
  const marks = await page.evaluate<Record<string, number>>(
    handle === 'stategraph' ? '({ ...window.stategraph.timings })' : '({ ...window.bare.marks })',
  );
  await page.evaluate(
    `(() => { const h = ${probe}; window.__frames = 0; h.sigma().on('afterRender', () => window.__frames++); })()`,
  );
  const started = Date.now();
  await page.mouse.move(640, 420);
  await page.mouse.down();
  for (let i = 0; Date.now() - started < panMs; i++)
    await page.mouse.move(640 + 200 * Math.sin(i / 10), 420 + 120 * Math.cos(i / 13), { steps: 1 });
  await page.mouse.up();
  const elapsed = (Date.now() - started) / 1000;
  const frames = await page.evaluate<number>('window.__frames');
  await context.close();
  return { firstFrameMs, fps: frames / elapsed, drawnEdges, marks };
}

/** Clicks a toolbar button by coordinates while the layout runs; latency is from the input's timestamp to the frame after the handler. */
async function clickLatency(
  browser: Browser,
  url: string,
): Promise<{ during: number[]; after: number[]; layoutWasRunning: boolean }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { stategraph?: { ready: boolean } }).stategraph?.ready === true,
    null,
    { timeout: 120_000 },
  );
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[] };
    w.__lat = [];
    document.addEventListener(
      'click',
      (e) => requestAnimationFrame(() => w.__lat.push(performance.now() - e.timeStamp)),
      true,
    );
  });
  await page.click('#layout-run');
  const box = (await page.locator('button[data-drawer="filters"]').boundingBox())!;
  const running = () =>
    page.evaluate(
      () =>
        (window as unknown as { stategraph: { store: { get(): { layoutRunning: boolean } } } }).stategraph.store.get()
          .layoutRunning,
    );
  const layoutWasRunning = await running();
  const clicks = async (n: number) => {
    await page.evaluate(() => ((window as unknown as { __lat: number[] }).__lat = []));
    for (let i = 0; i < n; i++) {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForTimeout(250);
    }
    return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat.map((x) => Math.round(x)));
  };
  const during = await clicks(6);
  await page.waitForFunction(
    () =>
      !(window as unknown as { stategraph: { store: { get(): { layoutRunning: boolean } } } }).stategraph.store.get()
        .layoutRunning,
    null,
    { timeout: 30_000 },
  );
  const after = await clicks(4);
  await context.close();
  return { during, after, layoutWasRunning };
}

const median = (xs: number[]) => {
  const v = [...xs].sort((a, b) => a - b);
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
};
const spread = (xs: number[], digits: number) =>
  `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;

/** Loads StateGraph once (warming server and browser caches) and writes what it drew for the bare page. */
async function captureDrawn(browser: Browser, origin: string, bareDir: string): Promise<DrawnSpec> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForFunction(
    () => (window as unknown as { stategraph?: { ready: boolean } }).stategraph?.ready === true,
    null,
    { timeout: 120_000 },
  );
  const spec = await page.evaluate<DrawnSpec>(`(() => {
    const s = window.stategraph.renderer().sigma;
    const all = s.getSettings();
    const settings = {};
    for (const [k, v] of Object.entries(all)) if (v === null || ['number', 'string', 'boolean'].includes(typeof v) || (typeof v === 'object' && !Array.isArray(v) && k.endsWith('Color'))) settings[k] = v;
    const v = window.stategraph.output().visual;
    return {
      settings,
      nodes: v.nodes.map((n) => ({ key: n.key, x: n.attributes.x, y: n.attributes.y, size: n.attributes.size, color: n.attributes.color, label: n.attributes.label, forceLabel: !!n.attributes.forceLabel })),
      edges: v.edges.map((e) => ({ key: e.key, size: e.attributes.size, color: e.attributes.color, type: e.attributes.type, curvature: e.attributes.curvature, zIndex: e.attributes.zIndex })),
    };
  })()`);
  await context.close();
  writeFileSync(path.join(bareDir, 'drawn.json'), JSON.stringify(spec));
  return spec;
}

async function compare(browser: Browser, name: string, origin: string, bareDir: string): Promise<void> {
  const spec = await captureDrawn(browser, origin, bareDir);
  await measurePage(browser, `${origin}/bare/`, 'bare');
  const ours: PageTimes[] = [];
  const bare: PageTimes[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      bare.push(await measurePage(browser, `${origin}/bare/`, 'bare'));
      ours.push(await measurePage(browser, `${origin}/`, 'stategraph'));
    } else {
      ours.push(await measurePage(browser, `${origin}/`, 'stategraph'));
      bare.push(await measurePage(browser, `${origin}/bare/`, 'bare'));
    }
  }
  const lat = await clickLatency(browser, `${origin}/`);
  const f = (r: PageTimes[]) => r.map((x) => x.firstFrameMs);
  const p = (r: PageTimes[]) => r.map((x) => x.fps);
  console.log(
    `\n${name} (${runs} runs each, alternating; drawn: ${spec.nodes.length} nodes, ${spec.edges.length} edges)`,
  );
  console.log(
    `  bare sigma  first frame median ${median(f(bare)).toFixed(0).padStart(6)} ms (${spread(f(bare), 0)})   pan median ${median(p(bare)).toFixed(1).padStart(5)} fps (${spread(p(bare), 1)})   edges drawn ${bare[0]!.drawnEdges}`,
  );
  console.log(
    `  StateGraph  first frame median ${median(f(ours)).toFixed(0).padStart(6)} ms (${spread(f(ours), 0)})   pan median ${median(p(ours)).toFixed(1).padStart(5)} fps (${spread(p(ours), 1)})   edges drawn ${ours[0]!.drawnEdges}`,
  );
  const marksOf = (label: string, r: PageTimes[]) =>
    `  ${label} marks (median ms from navigation): ${Object.keys(r[0]!.marks ?? {})
      .map((n) => `${n} ${median(r.map((o) => o.marks?.[n] ?? NaN)).toFixed(0)}`)
      .join(', ')}`;
  console.log(marksOf('bare sigma', bare));
  console.log(marksOf('StateGraph', ours));
  console.log(
    `  first-frame ratio StateGraph / bare: ${(median(f(ours)) / median(f(bare))).toFixed(2)} (target ≤ 1.2 on the reference world, ≤ 1.3 on 10k/50k)`,
  );
  console.log(`  panning ratio StateGraph / bare: ${(median(p(ours)) / median(p(bare))).toFixed(2)} (target ≥ 0.8)`);
  console.log(
    `  click → next frame while layout runs: median ${median(lat.during)} ms, max ${Math.max(...lat.during)} ms (layout running at first click: ${lat.layoutWasRunning}); after layout: median ${median(lat.after)} ms`,
  );
}

async function main(): Promise<void> {
  const db = await openDb();
  const clientDir = ensureClientBuilt();
  const bareDir = await buildBarePage();
  const browser = await launchChromium();
  try {
    const world = await startServer(worldApp(db, clientDir, bareDir));
    await compare(browser, 'Reference world: state network', world.origin, bareDir);
    await world.close();
    const synthetic = await startServer(syntheticApp(syntheticGraph(10_000, 50_000), clientDir, bareDir));
    await compare(browser, 'Generated graph: 10,000 nodes, 50,000 edges', synthetic.origin, bareDir);
    await synthetic.close();
  } finally {
    await browser.close();
    await db.close();
  }
}

await main();
