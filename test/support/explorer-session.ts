import { mkdirSync } from 'node:fs';
import { pino } from 'pino';
import type { Page } from 'playwright-core';
import { createApp } from '../../server/api/create-app.ts';
import { loadConfig } from '../../server/config/load-config.ts';
import type { Database } from '../../server/neo4j/database.ts';
import { ensureClientBuilt, openBrowser, startServer, type BrowserSession } from './browser.ts';
import { openTestDb } from './test-db.ts';
import { ensureSeedArticle } from './world.ts';

/** What a page test needs: the test graph (reference world and seed article), the app serving the page, a browser. */
export interface ExplorerSession {
  db: Database;
  server: { origin: string; close(): Promise<void> };
  browser: BrowserSession;
  page: Page;
  close(): Promise<void>;
}

export async function openExplorerSession(outDir: string): Promise<ExplorerSession> {
  const db = await openTestDb();
  await ensureSeedArticle(db);
  const clientDir = ensureClientBuilt();
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const app = createApp({ db, config, logger: pino({ level: 'silent' }), clientDir, rateLimits: { cypher: 1000 } });
  const server = await startServer(app);
  const browser = await openBrowser();
  mkdirSync(outDir, { recursive: true });
  return {
    db,
    server,
    browser,
    page: browser.page,
    close: async () => {
      await browser.close();
      await server.close();
      await db.close();
    },
  };
}

/** Sets a range input the way a user's drag ends: value, then input and change events. */
export const setRange = (p: Page, selector: string, value: number) =>
  p.$eval(
    selector,
    (el, v) => {
      const input = el as HTMLInputElement;
      input.value = String(v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    value,
  );
