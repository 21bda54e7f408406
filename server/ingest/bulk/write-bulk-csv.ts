import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
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

const q = (v: CsvField) => (v === undefined || v === null ? '' : `"${String(v).replace(/"/g, '""')}"`);

/** One import CSV, written in chunks of lines (a write per row would cost more than the row). */
class CsvOut {
  private readonly w: WriteStream;
  private lines: string[] = [];
  constructor(file: string, header: string) {
    this.w = createWriteStream(file);
    this.w.write(`${header}\n`);
  }
  async row(fields: readonly CsvField[]): Promise<void> {
    this.lines.push(fields.map(q).join(','));
    if (this.lines.length >= 4096) await this.flush();
  }
  private async flush(): Promise<void> {
    if (this.lines.length === 0) return;
    const chunk = `${this.lines.join('\n')}\n`;
    this.lines = [];
    if (!this.w.write(chunk)) await once(this.w, 'drain');
  }
  async close(): Promise<void> {
    await this.flush();
    this.w.end();
    await once(this.w, 'finish');
  }
}

/**
 * Writes neo4j-admin import CSVs for state-to-state event files, streaming: the 250 states (as the reference world
 * keys them, so it merges onto them afterwards), one Source per input file, the events with INITIATED,
 * DIRECTED_AT and FROM. Every file is validated first, as the online loader does; anything but a state as actor
 * or target is refused, since the bulk path writes no leaders or bodies.
 */
export async function writeBulkCsv(
  inputs: { path: string; name: string; read?: RecordReader }[],
  dir: string,
  cameo: readonly CameoCode[],
): Promise<BulkFiles> {
  mkdirSync(dir, { recursive: true });
  const states = new Set((countries as unknown as { cca3: string; name: { common: string } }[]).map((c) => c.cca3));
  for (const input of inputs) {
    const issues: RecordIssue[] = [];
    const p = createRecordParser(input.name, cameo, { keepFacts: false });
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
      if (issues.length + p.issues.length >= 1000) break;
    }
    // Without facts kept, the parser holds each reference once, so these are the file's distinct references.
    for (const ref of p.out.refs)
      if (!states.has(ref.uid.replace(/^State:/, '')))
        issues.push({ file: input.name, line: ref.line, field: ref.field, message: `no ${ref.uid}` });
    const all = [...issues, ...p.issues];
    if (all.length) throw new UserRecordError(all.sort((a, b) => a.line - b.line));
  }
  const stateCsv = new CsvOut(path.join(dir, 'states.csv'), 'uid:ID(Entity),code,name');
  for (const c of countries as unknown as { cca3: string; name: { common: string } }[])
    await stateCsv.row([`State:${c.cca3}`, c.cca3, c.name.common]);
  await stateCsv.close();
  const sources = new CsvOut(path.join(dir, 'sources.csv'), 'key:ID(Source),kind,title');
  const events = new CsvOut(
    path.join(dir, 'events.csv'),
    'id:ID(Event),cameo,root,quad:int,goldstein:double,label,date,actorState,targetState,actorSector,targetSector,rowHash',
  );
  const initiated = new CsvOut(path.join(dir, 'initiated.csv'), ':START_ID(Entity),:END_ID(Event)');
  const directed = new CsvOut(path.join(dir, 'directed.csv'), ':START_ID(Event),:END_ID(Entity)');
  const from = new CsvOut(path.join(dir, 'from.csv'), ':START_ID(Event),:END_ID(Source),line:int');
  // Every actor is a state (checked above), which acts for itself.
  const stateOf = makeStateOf([], []);
  let n = 0;
  for (const input of inputs) {
    const p = createRecordParser(input.name, cameo);
    let source = '';
    for await (const r of (input.read ?? readRawRecords)(input.path, input.name, [])) {
      p.add(r.line, r.value);
      for (const e of p.out.events) {
        if (!source) {
          source = e.provenance.source;
          await sources.row([source, 'user-file', input.name]);
        }
        // The online loader's row: an event hashes alike on both load paths (sectors included).
        const row = eventRow(e, stateOf);
        await events.row([
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
        await initiated.row([row.actor, row.id]);
        await directed.row([row.id, row.target]);
        await from.row([e.id, source, e.provenance.line]);
        n++;
      }
      p.out.events = [];
      p.out.refs = [];
    }
  }
  for (const w of [sources, events, initiated, directed, from]) await w.close();
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
