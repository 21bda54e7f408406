import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/paths.ts';

const clientDir = path.join(projectRoot, 'client');
const builtPage = path.join(clientDir, 'dist', 'index.html');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the web page with Vite when client/dist is missing or older than its sources, so `npm start` serves the current page. */
export async function ensureClientBuilt(log: (m: string) => void = () => {}): Promise<boolean> {
  if (!existsSync(path.join(clientDir, 'vite.config.ts'))) return false;
  if (existsSync(builtPage) && statSync(builtPage).mtimeMs >= newestSource(clientDir)) return true;
  log('building the web page (vite)');
  const { build } = await import('vite');
  await build({ configFile: path.join(clientDir, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
