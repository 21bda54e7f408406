import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { FilePayload } from './run-job.ts';

const PROCESSING = '.processing';

/** The inbox's sub-folders: files wait in .processing while their job runs, then land in done/ or failed/. */
export function inboxFolders(dir: string) {
  const f = {
    dir,
    processing: path.join(dir, PROCESSING),
    done: path.join(dir, 'done'),
    failed: path.join(dir, 'failed'),
  };
  for (const d of Object.values(f)) mkdirSync(d, { recursive: true });
  return f;
}

/**
 * Files dropped in the inbox (not in its sub-folders, not hidden) and left alone for `settleMs`, so a file
 * still being copied is not taken half-written. Each is moved to .processing and returned as a job payload.
 */
export function takeInboxFiles(dir: string, settleMs: number, nowMs = Date.now()): FilePayload[] {
  const f = inboxFolders(dir);
  const taken: FilePayload[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const from = path.join(dir, name);
    const st = statSync(from);
    if (!st.isFile() || nowMs - st.mtimeMs < settleMs) continue;
    const to = path.join(f.processing, `${randomUUID().slice(0, 8)}__${name}`);
    renameSync(from, to);
    taken.push({ path: to, name });
  }
  return taken;
}

/** A name in `folder` not yet taken: the file's own, else with a time stamp before the extension. */
function freeName(folder: string, name: string): string {
  if (!existsSync(path.join(folder, name))) return path.join(folder, name);
  const ext = path.extname(name);
  return path.join(folder, `${path.basename(name, ext)}.${new Date().toISOString().replace(/[:.]/g, '-')}${ext}`);
}

/** Moves a processed file to done/, or to failed/ with `<name>.reason.txt` beside it saying why. */
export function settleInboxFile(dir: string, p: FilePayload, reason: string | null): string {
  const f = inboxFolders(dir);
  if (!existsSync(p.path)) return p.path;
  const to = freeName(reason === null ? f.done : f.failed, p.name);
  renameSync(p.path, to);
  if (reason !== null) writeFileSync(`${to}.reason.txt`, `${reason}\n`);
  return to;
}
