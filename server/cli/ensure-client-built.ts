import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/paths.ts';

const clientDir = path.join(projectRoot, 'client');
const clientDist = path.join(clientDir, 'dist');
const builtPage = path.join(clientDist, 'index.html');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Builds the web page with Vite when client/dist is missing or older than its sources, so `npm start` and the
 * browser tests serve the current page. Vite runs in a child Node: inside jest's VM modules, rolldown rejects
 * plugin objects made in another realm.
 */
export function ensureClientBuilt(log: (m: string) => void = () => {}): string {
  if (existsSync(builtPage) && statSync(builtPage).mtimeMs >= newestSource(clientDir)) return clientDist;
  log('building the web page (vite)');
  const script = `import('vite').then((v) => v.build({ configFile: ${JSON.stringify(path.join(clientDir, 'vite.config.ts'))}, logLevel: 'warn' }))`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: projectRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`stategraph: building the web page failed: ${r.stderr || r.stdout}`);
  return clientDist;
}
