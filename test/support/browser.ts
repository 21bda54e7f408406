import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet headless Chromium that calls no one (no updates, sync, QUIC, or background fetches). */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  close(): Promise<void>;
}

/** Chromium with a fresh profile in a temporary directory, removed on close, and one page that records its requests. */
export async function openBrowser(viewport = { width: 1280, height: 800 }): Promise<BrowserSession> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'stategraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
    viewport,
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    context,
    page,
    requests,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A browser without a persistent profile, for benchmarks that open several pages. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });

/** Requests that went anywhere but the page's own origin (data: and blob: URLs stay inside the page). */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter(
    (u) => !u.startsWith(`${origin}/`) && u !== origin && !u.startsWith('data:') && !u.startsWith('blob:'),
  );
}

/** Waits until the page has drawn its graph for the first time. */
export async function waitForGraph(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { stategraph?: { ready: boolean } }).stategraph?.ready === true,
    null,
    { timeout },
  );
}

export { ensureClientBuilt } from '../../server/cli/ensure-client-built.ts';

/** The app as `npm start` builds it, serving the built page, listening on a free loopback port. */
export async function startServer(app: import('express').Express): Promise<{ origin: string; close(): Promise<void> }> {
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/** Polls an element's text until it matches (or, with `absent`, stops matching); fails with the last text seen. */
export async function waitForText(
  page: Page,
  selector: string,
  expected: string | RegExp,
  opts: { timeout?: number; absent?: boolean } = {},
): Promise<string> {
  const deadline = Date.now() + (opts.timeout ?? 15_000);
  let last: string | null;
  for (;;) {
    last = await page
      .locator(selector)
      .first()
      .textContent({ timeout: 1000 })
      .catch(() => null);
    const hit = last !== null && (typeof expected === 'string' ? last.includes(expected) : expected.test(last));
    if (hit !== Boolean(opts.absent) && last !== null) return last;
    if (Date.now() > deadline)
      throw new Error(
        `${selector}: expected ${opts.absent ? 'no ' : ''}${String(expected)}, last text was ${JSON.stringify(last?.slice(0, 300))}`,
      );
    await page.waitForTimeout(100);
  }
}

/** Polls until `count` elements match the selector. */
export async function waitForCount(page: Page, selector: string, count: number, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let n: number;
  while ((n = await page.locator(selector).count()) !== count) {
    if (Date.now() > deadline) throw new Error(`${selector}: expected ${count} elements, found ${n}`);
    await page.waitForTimeout(100);
  }
}
