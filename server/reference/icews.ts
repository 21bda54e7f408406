// ICEWS quadruples (actor \t event text \t target \t YYYY-MM-DD) -> EventRecord.
// Ids: sha1(actor|label|target|date|k), k = occurrence of that tuple within
// its file. Files are read main-set first; an id already produced is skipped,
// so the union keeps, per tuple, the largest count any one file has: the 2014
// files' rows that repeat the 2005-2015 rows load once, while genuine repeats
// within one file would survive. (In this data no file repeats a tuple.)
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EventRecord } from '../model/types.ts';
import type { CameoIndex } from './cameo.ts';
import { resolveIcewsActor, type ActorContext, type ResolvedActor } from './resolve-icews-actor.ts';

export const ICEWS_FILES = [
  'icews_2005-2015_test.txt',
  'icews_2005-2015_valid.txt',
  'icews_2014_test.txt',
  'icews_2014_valid.txt',
];

export class IcewsDataError extends Error {
  constructor(what: string, file: string, line: number) {
    super(`stategraph/reference/icews: ${what} at ${file} line ${line}`);
    this.name = 'IcewsDataError';
  }
}

export interface IcewsContext extends ActorContext {
  cameo: CameoIndex;
}

export function icewsEventId(actor: string, label: string, target: string, date: string, k: number): string {
  return createHash('sha1').update(`${actor}|${label}|${target}|${date}|${k}`).digest('hex').slice(0, 20);
}

/** Parses one file; ids in `seen` are skipped and the new ones added. */
export function* iterateIcewsFile(
  text: string,
  file: string,
  ctx: IcewsContext,
  seen = new Set<string>(),
): Generator<EventRecord> {
  const occurrences = new Map<string, number>();
  const cache = new Map<string, ResolvedActor | null>();
  const source = `icews:${file}`;
  let pos = 0;
  let line = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const row = text.charCodeAt(nl - 1) === 13 ? text.slice(pos, nl - 1) : text.slice(pos, nl);
    pos = nl + 1;
    line++;
    if (row === '') continue;
    const f = row.split('\t');
    if (f.length !== 4) throw new IcewsDataError(`expected 4 tab-separated fields, got ${f.length}`, file, line);
    const [actor, label, target, date] = f as [string, string, string, string];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new IcewsDataError(`bad date "${date}"`, file, line);
    const code = ctx.cameo.get(label.toLowerCase());
    if (!code) throw new IcewsDataError(`unknown event text "${label}"`, file, line);
    const tuple = `${actor}|${label}|${target}|${date}`;
    const k = occurrences.get(tuple) ?? 0;
    occurrences.set(tuple, k + 1);
    const id = icewsEventId(actor, label, target, date, k);
    if (seen.has(id)) continue;
    seen.add(id);
    const a = resolveIcewsActor(actor, date, ctx, cache);
    const t = resolveIcewsActor(target, date, ctx, cache);
    const ev: EventRecord = {
      id,
      actor: a.ref,
      target: t.ref,
      cameo: code.code,
      root: code.root,
      quad: code.quad,
      goldstein: code.goldstein,
      label,
      date,
      provenance: { source, line },
    };
    if (a.sector) ev.actorSector = a.sector;
    if (t.sector) ev.targetSector = t.sector;
    yield ev;
  }
}

export function parseIcewsFiles(files: { name: string; text: string }[], ctx: IcewsContext): EventRecord[] {
  const seen = new Set<string>();
  const out: EventRecord[] = [];
  for (const f of files) for (const ev of iterateIcewsFile(f.text, f.name, ctx, seen)) out.push(ev);
  return out;
}

/** Reads the four ICEWS files of `dir` (main set first) and parses them;
 * without `ctx`, the lookups are built from the data folder above `dir`. */
export async function loadIcewsEvents(dir: string, ctx?: IcewsContext): Promise<EventRecord[]> {
  if (!ctx) {
    const { buildReferenceContext } = await import('./reference-context.ts');
    ctx = (await buildReferenceContext(join(dir, '..'))).icews;
  }
  const files = await Promise.all(
    ICEWS_FILES.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })),
  );
  return parseIcewsFiles(files, ctx);
}
