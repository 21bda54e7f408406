import { createWriteStream, mkdirSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import countries from 'world-countries';
import type { CameoCode } from '../../model/types.ts';
import { eventRow } from '../rows/event-row.ts';
import { makeStateOf } from '../rows/state-of.ts';
import type { RecordReader } from '../streaming/ingest-record-stream.ts';
import { readRawRecords } from '../streaming/read-raw-records.ts';
import { createRecordParser } from '../user-records/parse-user-records.ts';
import { UserRecordError, type RecordIssue } from '../user-records/user-record-error.ts';

export interface BulkFiles {
  dir: string;
  nodes: { labels: string; file: string }[];
  relationships: { type: string; file: string }[];
  events: number;
}

/** What a cell of the import CSVs holds. */
type CsvField = string | number | boolean | null | undefined;

// Numbers and booleans go bare; strings are quoted, with inner quotes doubled only when there are any.
const q = (v: CsvField) =>
  v === undefined || v === null
    ? ''
    : typeof v !== 'string'
      ? String(v)
      : v.includes('"')
        ? `"${v.replace(/"/g, '""')}"`
        : `"${v}"`;

/** One import CSV, written in chunks of lines (a write per row would cost more than the row). */
class CsvOut {
  private readonly w: WriteStream;
  private lines: string[] = [];
  constructor(file: string, header: string) {
    this.w = createWriteStream(file);
    this.w.write(`${header}\n`);
  }
  /** Buffers a row; the caller awaits `drained()` between records, so a row costs no promise of its own. */
  row(fields: readonly CsvField[]): void {
    this.lines.push(fields.map(q).join(','));
  }
  async drained(): Promise<void> {
    if (this.lines.length < 4096) return;
    const chunk = `${this.lines.join('\n')}\n`;
    this.lines = [];
    if (!this.w.write(chunk)) await once(this.w, 'drain');
  }
  async close(): Promise<void> {
    if (this.lines.length) this.w.write(`${this.lines.join('\n')}\n`);
    this.lines = [];
    this.w.end();
    await once(this.w, 'finish');
  }
}

/**
 * Writes neo4j-admin import CSVs for state-to-state event files in one streaming pass: the 250 states (as the
 * reference world keys them, so it merges onto them afterwards), one Source per input file, the events with
 * INITIATED, DIRECTED_AT and FROM. Every record is validated as the online loader does; anything but a state as
 * actor or target is refused, since the bulk path writes no leaders or bodies. The import runs only on files
 * that passed whole: on any issue the CSVs are removed and the error names every bad line (up to 1,000).
 */
export async function writeBulkCsv(
  inputs: { path: string; name: string; read?: RecordReader }[],
  dir: string,
  cameo: readonly CameoCode[],
): Promise<BulkFiles> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const all = countries as unknown as { cca3: string; name: { common: string } }[];
  const states = new Set(all.map((c) => `State:${c.cca3}`));
  const stateCsv = new CsvOut(path.join(dir, 'states.csv'), 'uid:ID(Entity),code,name');
  for (const c of all) stateCsv.row([`State:${c.cca3}`, c.cca3, c.name.common]);
  const sources = new CsvOut(path.join(dir, 'sources.csv'), 'key:ID(Source),kind,title');
  const events = new CsvOut(
    path.join(dir, 'events.csv'),
    'id:ID(Event),cameo,root,quad:int,goldstein:double,label,date,actorState,targetState,actorSector,targetSector,rowHash',
  );
  const initiated = new CsvOut(path.join(dir, 'initiated.csv'), ':START_ID(Entity),:END_ID(Event)');
  const directed = new CsvOut(path.join(dir, 'directed.csv'), ':START_ID(Event),:END_ID(Entity)');
  const from = new CsvOut(path.join(dir, 'from.csv'), ':START_ID(Event),:END_ID(Source),line:int');
  const outs = [stateCsv, sources, events, initiated, directed, from];
  // Every actor is a state (checked below), which acts for itself.
  const stateOf = makeStateOf([], []);
  let n = 0;
  try {
    for (const input of inputs) {
      const issues: RecordIssue[] = [];
      const p = createRecordParser(input.name, cameo);
      let source = '';
      for await (const r of (input.read ?? readRawRecords)(input.path, input.name, issues)) {
        const v = r.value as { type?: string; actor?: { kind?: string }; target?: { kind?: string } };
        if (v?.type !== 'event')
          issues.push({ file: input.name, line: r.line, field: 'type', message: 'the bulk import takes events only' });
        else if (v.actor?.kind !== 'State' || v.target?.kind !== 'State')
          issues.push({
            file: input.name,
            line: r.line,
            field: 'actor',
            message: 'the bulk import takes state-to-state events only',
          });
        else p.add(r.line, r.value);
        for (const ref of p.out.refs)
          if (!states.has(ref.uid))
            issues.push({ file: input.name, line: ref.line, field: ref.field, message: `no ${ref.uid}` });
        p.out.refs = [];
        if (issues.length + p.issues.length >= 1000) break;
        // After the first issue the file is only validated: nothing of it will be imported.
        if (issues.length || p.issues.length) {
          p.out.events = [];
          continue;
        }
        for (const e of p.out.events) {
          if (!source) {
            source = e.provenance.source;
            sources.row([source, 'user-file', input.name]);
          }
          // The online loader's row: an event hashes alike on both load paths (sectors included).
          const row = eventRow(e, stateOf);
          events.row([
            row.id,
            e.cameo,
            e.root,
            e.quad,
            e.goldstein,
            e.label,
            e.date,
            e.actor.key,
            e.target.key,
            e.actorSector,
            e.targetSector,
            row.hash,
          ]);
          initiated.row([row.actor, row.id]);
          directed.row([row.id, row.target]);
          from.row([e.id, source, e.provenance.line]);
          n++;
        }
        p.out.events = [];
        for (const o of outs) await o.drained();
      }
      const found = [...issues, ...p.issues];
      if (found.length) throw new UserRecordError(found.sort((a, b) => a.line - b.line));
    }
    for (const o of outs) await o.close();
  } catch (e) {
    await Promise.allSettled(outs.map((o) => o.close()));
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    dir,
    events: n,
    nodes: [
      { labels: 'State:Entity', file: path.join(dir, 'states.csv') },
      { labels: 'Source', file: path.join(dir, 'sources.csv') },
      { labels: 'Event', file: path.join(dir, 'events.csv') },
    ],
    relationships: [
      { type: 'INITIATED', file: path.join(dir, 'initiated.csv') },
      { type: 'DIRECTED_AT', file: path.join(dir, 'directed.csv') },
      { type: 'FROM', file: path.join(dir, 'from.csv') },
    ],
  };
}
