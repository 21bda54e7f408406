// Parses a user record file (.jsonl or .csv, see FORMAT.md) into the model's
// records. All or nothing: one bad record and UserRecordError lists them all.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type * as Model from '../../model/types.ts';
import type { World } from '../write-world.ts';
import { parseCsvRows } from '../../reference/parse-csv.ts';
import { leaderKey } from '../../reference/leader-key.ts';
import { RECORD_TYPES, SCHEMAS, type RecordType } from './schemas.ts';
import { csvRowToObject } from './csv-row-to-object.ts';
import { UserRecordError, type RecordIssue } from './user-record-error.ts';

/** The parts of a world a record file can hold (see FORMAT.md), each present, however empty. */
export interface UserRecords extends Required<Omit<World, 'borders' | 'holds'>> {
  /** Every reference to another node, with where it stands, so the writer can check they exist before writing. */
  refs: RecordRef[];
}

export interface RecordRef {
  line: number;
  field: string;
  uid: string; // "<Label>:<key>"
}

const hash = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 20);

function rawRows(text: string, file: string, issues: RecordIssue[]): { line: number; value: unknown }[] {
  if (/\.csv$/i.test(file)) {
    let rows;
    try {
      rows = parseCsvRows(text, file);
    } catch (e) {
      issues.push({ file, line: 0, field: '(file)', message: (e as Error).message });
      return [];
    }
    const head = rows.shift();
    const header = head?.fields.map((h) => h.trim()) ?? [];
    if (!header.includes('type'))
      issues.push({ file, line: 1, field: 'type', message: 'the CSV header needs a "type" column' });
    return rows.map((r) => ({ line: r.line, value: csvRowToObject(header, r.fields) }));
  }
  const out: { line: number; value: unknown }[] = [];
  text.split('\n').forEach((l, i) => {
    if (!l.trim()) return;
    try {
      out.push({ line: i + 1, value: JSON.parse(l) });
    } catch (e) {
      issues.push({ file, line: i + 1, field: '(line)', message: `not valid JSON (${(e as Error).message})` });
    }
  });
  return out;
}

/** 53 bits of a SHA-1, as a Map key far smaller than the string it stands for. */
const fingerprint = (s: string) => parseInt(createHash('sha1').update(s).digest('hex').slice(0, 13), 16);

export interface RecordParser {
  out: UserRecords;
  issues: RecordIssue[];
  /** Validates one raw record; facts (events, messages) are kept unless `keepFacts` is false. */
  add(line: number, value: unknown): void;
}

export interface RecordParserOptions {
  /** False: events and messages are validated and dropped (a streaming load's first pass). */
  keepFacts?: boolean;
  /** False: references are not collected (a streaming load's second pass: the first checked them all). */
  keepRefs?: boolean;
}

/**
 * A record-at-a-time parser, so a file can be validated in a streaming pass. With keepFacts false it keeps the
 * references and the small record kinds only; events and messages are validated and dropped.
 */
export function createRecordParser(
  file: string,
  cameo: readonly Model.CameoCode[],
  opts: RecordParserOptions = {},
): RecordParser {
  const keepFacts = opts.keepFacts ?? true;
  const keepRefs = opts.keepRefs ?? true;
  const issues: RecordIssue[] = [];
  const out: UserRecords = {
    states: [],
    leaders: [],
    leads: [],
    organizations: [],
    messages: [],
    sanctions: [],
    events: [],
    refs: [],
  };
  // Streaming keeps the first use of each reference only, so memory follows the distinct actors, not the rows.
  const referenced = new Set<string>();
  const ref = (line: number, field: string, kind: string, key: string | undefined | null) => {
    if (!key || !keepRefs) return;
    const uid = `${kind}:${key}`;
    if (!keepFacts && referenced.has(uid)) return;
    referenced.add(uid);
    out.refs.push({ line, field, uid });
  };
  const codes = new Map(cameo.map((c) => [c.code, c]));
  const source = `user:${file.split(/[\\/]/).pop()}`;
  // Occurrences of one (actor, code, target, date) tuple, keyed by its fingerprint: the nth is a distinct event.
  // Only events without an id are counted, so memory follows those and not a large file's rows.
  const seenEvents = new Map<number, number>();
  const generatedId = (e: Model.EventRecord, code: string) => {
    const tuple = `${e.actor.kind}:${e.actor.key}|${code}|${e.target.kind}:${e.target.key}|${e.date}`;
    const fp = fingerprint(tuple);
    const k = seenEvents.get(fp) ?? 0;
    seenEvents.set(fp, k + 1);
    return `user-${hash(`${tuple}|${k}`)}`;
  };
  const add = (line: number, value: unknown) => {
    const type = (value as { type?: unknown })?.type;
    if (typeof type !== 'string' || !RECORD_TYPES.includes(type as RecordType)) {
      issues.push({
        file,
        line,
        field: 'type',
        message: `expected one of ${RECORD_TYPES.join(', ')}, got ${JSON.stringify(type)}`,
      });
      return;
    }
    const parsed = (SCHEMAS[type as RecordType] as z.ZodType).safeParse(value);
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        issues.push({ file, line, field: i.path.join('.') || '(record)', message: i.message });
      return;
    }
    const r = parsed.data as Record<string, unknown> & { type: RecordType };
    const { type: _t, ...rest } = r;
    const prov = { source, line };
    switch (r.type) {
      case 'state':
        out.states.push({
          ...(rest as unknown as Model.StateRecord),
          official: (rest['official'] as string) ?? (rest['name'] as string),
          source,
        });
        break;
      case 'leader': {
        const { leads, ...leader } = rest as unknown as Model.LeaderRecord & {
          leads: Omit<Model.LeadsRecord, 'leader' | 'source'>[];
        };
        const key = leader.key || leaderKey(leader.name);
        out.leaders.push({ ...leader, key, sources: [source] });
        leads.forEach((l, i) => {
          out.leads.push({ ...l, leader: key, source });
          ref(line, `leads.${i}.state`, 'State', l.state);
        });
        break;
      }
      case 'organization':
        out.organizations.push({ ...(rest as unknown as Model.OrganizationRecord), source });
        ref(line, 'state', 'State', rest['state'] as string | undefined);
        ref(line, 'parent', 'Organization', rest['parent'] as string | undefined);
        break;
      case 'sanction': {
        const sanction = rest as unknown as Model.SanctionRecord;
        out.sanctions.push({ ...sanction, source });
        if (sanction.issuer) ref(line, 'issuer', sanction.issuer.kind, sanction.issuer.key);
        (sanction.targets ?? []).forEach((t, i) => ref(line, `targets.${i}`, 'State', t));
        ref(line, 'regime', 'Sanction', sanction.regime);
        break;
      }
      case 'message': {
        const m = rest as unknown as Model.MessageRecord;
        ref(line, 'sender', m.sender.kind, m.sender.key);
        ref(line, 'recipient', m.recipient.kind, m.recipient.key);
        (m.reportedBy ?? []).forEach((r, i) => ref(line, `reportedBy.${i}`, r.kind, r.key));
        if (keepFacts)
          out.messages.push({
            ...m,
            sender: { ...m.sender, name: m.sender.name ?? m.sender.key },
            recipient: { ...m.recipient, name: m.recipient.name ?? m.recipient.key },
            provenance: prov,
          });
        break;
      }
      case 'event': {
        const e = rest as unknown as Model.EventRecord & { id?: string };
        const c = codes.get(e.cameo);
        if (!c) {
          issues.push({
            file,
            line,
            field: 'cameo',
            message: `expected a CAMEO code like "036", got ${JSON.stringify(e.cameo)}`,
          });
          break;
        }
        if (e.actor.kind !== 'Actor') ref(line, 'actor', e.actor.kind, e.actor.key);
        if (e.target.kind !== 'Actor') ref(line, 'target', e.target.kind, e.target.key);
        if (keepFacts) {
          // Built field by field rather than spread: this runs once per event of a large file.
          const event: Model.EventRecord = {
            id: e.id ?? generatedId(e, c.code),
            actor: named(e.actor),
            target: named(e.target),
            cameo: c.code,
            root: c.root,
            quad: c.quad,
            goldstein: c.goldstein,
            label: e.label ?? c.label,
            date: e.date,
            provenance: prov,
          };
          if (e.actorSector !== undefined) event.actorSector = e.actorSector;
          if (e.targetSector !== undefined) event.targetSector = e.targetSector;
          out.events.push(event);
        }
        break;
      }
    }
  };
  return { out, issues, add };
}

/** An actor reference with its name (the key when the record gives none). */
function named(a: Model.ActorRef): Model.ActorRef {
  return a.name === undefined || a.name === null ? { ...a, name: a.key } : a;
}

/** Merges a file's leader rows (CSV writes one row per office) into one leader per key. */
export function mergeLeaderRows(leaders: Model.LeaderRecord[]): Model.LeaderRecord[] {
  const byKey = new Map<string, Model.LeaderRecord>();
  for (const l of leaders) {
    const cur = byKey.get(l.key);
    if (cur) cur.aliases = [...new Set([...cur.aliases, ...l.aliases])];
    else byKey.set(l.key, l);
  }
  return [...byKey.values()];
}

export function parseUserRecords(text: string, file: string, cameo: readonly Model.CameoCode[]): UserRecords {
  const p = createRecordParser(file, cameo);
  const { out, issues } = p;
  for (const { line, value } of rawRows(text, file, issues)) p.add(line, value);
  if (issues.length) throw new UserRecordError(issues.sort((a, b) => a.line - b.line));
  out.leaders = mergeLeaderRows(out.leaders);
  return out;
}
