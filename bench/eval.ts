// `npm run eval`: precision and recall of extracted state-level relations
// `npm run eval`: precision and recall of extracted state-level relations
// (source, CAMEO root, target) and of named people (heads, ministers, envoys, spokespeople, heads of bodies; a
// person counts when the gold key is their key or one of their alias keys) against hand-annotated sets,
// overall, per producing rule and per CAMEO root. `--set devset` (default),
// `--set wcep-dev` (news summaries for rule work), `--set wcep-val` (news summaries that check rule work in aggregate:
// never turn its items into rules one by one), `--set people-dev` (news summaries naming officials, people only),
// `--set heldout` (never tune on it).
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { buildGazetteer, type Gazetteer } from '../server/extract/build-gazetteer.ts';
import { extractDocument } from '../server/extract/extract-document.ts';
import { loadGazetteerSources } from '../server/extract/load-gazetteer-sources.ts';
import { gazetteerFromReference } from '../server/ingest/documents/load-gazetteer.ts';
import { LEADER_SPANS } from '../test/fixtures/leaders-fixture.ts';
import { leaderKey } from '../server/reference/leader-key.ts';

export const DEVSET_URL = new URL('../test/fixtures/devset/devset.jsonl', import.meta.url);
// `--set heldout` scores the held-out set instead (never tune extraction rules on it).
export const HELDOUT_URL = new URL('../test/fixtures/heldout/heldout.jsonl', import.meta.url);
export const WCEP_HELDOUT_URL = new URL('../test/fixtures/heldout/wcep-heldout.jsonl', import.meta.url);
export const WCEP_DEV_URL = new URL('../test/fixtures/devset/wcep-dev.jsonl', import.meta.url);
// Validation: rules are written on wcep-dev and checked here in aggregate, never fitted to its items one by one.
export const WCEP_VAL_URL = new URL('../test/fixtures/devset/wcep-val.jsonl', import.meta.url);
// People only: its relations are not annotated, so its relation figures mean nothing and are not printed.
export const PEOPLE_DEV_URL = new URL('../test/fixtures/devset/wcep-people-dev.jsonl', import.meta.url);
const PEOPLE_ONLY_SETS = new Set(['people-dev']);

interface GoldDoc {
  id: string;
  date: string | null;
  speaker?: string;
  title?: string;
  text: string;
  gold: { relations: { source: string; root: string; target: string }[]; leaders: string[] };
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalResult {
  documents: number;
  relations: Score;
  leaders: Score;
  errors: { id: string; missed: string[]; spurious: string[] }[];
  /** By the rule that produced a predicted triple: its hits and false alarms (misses have no rule). */
  byRule: Map<string, Score>;
  /** By CAMEO root of the triple. */
  byRoot: Map<string, Score>;
}

/** leaderKey() of every name the gazetteer knows a person by, their key included. */
function aliasKeysOf(gaz: Gazetteer, key: string): Set<string> {
  const l = gaz.leaders.get(key);
  const names = [l?.name ?? '', ...(l?.spans ?? []).flatMap((s) => [s.name, ...s.aliases])];
  return new Set([key, ...names.filter(Boolean).map(leaderKey)]);
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function readDevset(text = readFileSync(DEVSET_URL, 'utf8')): GoldDoc[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDoc);
}

/** Scores the extractor on the development set; micro-averaged over documents. */
export function evaluate(gaz: Gazetteer, docs: GoldDoc[] = readDevset()): EvalResult {
  const r = { tp: 0, fp: 0, fn: 0 };
  const l = { tp: 0, fp: 0, fn: 0 };
  const errors: EvalResult['errors'] = [];
  const rules = new Map<string, { tp: number; fp: number; fn: number }>();
  const roots = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (m: Map<string, { tp: number; fp: number; fn: number }>, k: string, f: 'tp' | 'fp' | 'fn'): void => {
    const c = m.get(k) ?? { tp: 0, fp: 0, fn: 0 };
    c[f]++;
    m.set(k, c);
  };
  for (const d of docs) {
    const x = extractDocument(
      {
        id: d.id,
        text: d.text,
        date: d.date,
        ...(d.speaker ? { speaker: d.speaker } : {}),
        ...(d.title ? { title: d.title } : {}),
      },
      gaz,
    );
    const ruleOf = new Map<string, string>();
    for (const rel of x.relations) {
      const k = `${rel.source.key} ${rel.root} ${rel.target.key}`;
      if (!ruleOf.has(k)) ruleOf.set(k, rel.rule);
    }
    const pred = new Set(ruleOf.keys());
    const gold = new Set(d.gold.relations.map((g) => `${g.source} ${g.root} ${g.target}`));
    const missed = [...gold].filter((g) => !pred.has(g));
    const spurious = [...pred].filter((p) => !gold.has(p));
    for (const k of pred) {
      bump(rules, ruleOf.get(k) ?? '?', gold.has(k) ? 'tp' : 'fp');
      bump(roots, k.split(' ')[1] as string, gold.has(k) ? 'tp' : 'fp');
    }
    for (const k of missed) bump(roots, k.split(' ')[1] as string, 'fn');
    r.tp += gold.size - missed.length;
    r.fn += missed.length;
    r.fp += spurious.length;
    // a predicted person matches a gold key that is their key or one of their alias keys
    const pl = new Set(x.entities.filter((e) => e.kind === 'Leader').map((e) => e.key));
    const gl = new Set(d.gold.leaders);
    const matched = (p: string) => [...gl].find((g) => g === p || aliasKeysOf(gaz, p).has(g));
    const hit = new Set([...pl].map(matched).filter((g): g is string => g !== undefined));
    for (const k of pl)
      if (matched(k) !== undefined) l.tp++;
      else l.fp++;
    for (const k of gl) if (!hit.has(k)) l.fn++;
    const lm = [...gl].filter((k) => !hit.has(k)).map((k) => `person ${k}`);
    const ls = [...pl].filter((k) => matched(k) === undefined).map((k) => `person ${k}`);
    const sp = spurious.map((k) => `${k} [${ruleOf.get(k) ?? '?'}]`);
    if (missed.length || spurious.length || lm.length || ls.length)
      errors.push({ id: d.id, missed: [...missed, ...lm], spurious: [...sp, ...ls] });
  }
  const scores = (m: Map<string, { tp: number; fp: number; fn: number }>): Map<string, Score> =>
    new Map([...m].sort((a, b) => a[0].localeCompare(b[0])).map(([k, c]) => [k, score(c.tp, c.fp, c.fn)]));
  return {
    documents: docs.length,
    relations: score(r.tp, r.fp, r.fn),
    leaders: score(l.tp, l.fp, l.fn),
    errors,
    byRule: scores(rules),
    byRoot: scores(roots),
  };
}

/** The documents of a named set; "heldout" is every held-out file present. */
export function readSet(set: string): GoldDoc[] {
  const read = (u: URL): GoldDoc[] => (existsSync(u) ? readDevset(readFileSync(u, 'utf8')) : []);
  if (set === 'devset') return read(DEVSET_URL);
  if (set === 'wcep-dev') return read(WCEP_DEV_URL);
  if (set === 'wcep-val') return read(WCEP_VAL_URL);
  if (set === 'people-dev') return read(PEOPLE_DEV_URL);
  if (set === 'heldout') return [...read(HELDOUT_URL), ...read(WCEP_HELDOUT_URL)];
  throw new Error(`--set must be devset, wcep-dev, wcep-val, people-dev or heldout, not ${set}`);
}

/** The per-rule or per-root table: hits, false alarms, misses, precision, recall. */
export function formatTable(title: string, m: Map<string, Score>, withRecall = true): string {
  const rec = (s: Score): string => (withRecall && (s.fn || s.tp) ? s.recall.toFixed(2) : '  – ');
  const rows = [...m].map(
    ([k, s]) =>
      `  ${k.padEnd(34)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}   ${s.precision.toFixed(2)}   ${rec(s)}`,
  );
  return [`${title.padEnd(36)}   tp   fp   fn   prec   rec`, ...rows].join('\n');
}

async function main(): Promise<void> {
  // The product's own gazetteer: every leader span of the shipped reference data, as the graph holds them.
  const gaz = process.argv.includes('--fixture')
    ? buildGazetteer(loadGazetteerSources(LEADER_SPANS))
    : await gazetteerFromReference();
  const setArg = process.argv.indexOf('--set');
  const set = setArg >= 0 ? (process.argv[setArg + 1] ?? '') : 'devset';
  const docs = readSet(set);
  if (docs.length === 0) throw new Error(`set ${set} has no documents here`);
  const res = evaluate(gaz, docs);
  const fmt = (s: Score): string =>
    `precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  const peopleOnly = PEOPLE_ONLY_SETS.has(set);
  if (process.argv.includes('--errors')) {
    for (const e of res.errors) {
      const keep = (xs: string[]): string[] => (peopleOnly ? xs.filter((x) => x.startsWith('person ')) : xs);
      const [missed, spurious] = [keep(e.missed), keep(e.spurious)];
      if (missed.length || spurious.length)
        console.log(`${e.id}\n  missed:   ${missed.join(', ')}\n  spurious: ${spurious.join(', ')}`);
    }
  }
  console.log(`${set}: ${res.documents} documents`);
  console.log(peopleOnly ? 'relations  (not annotated in this set)' : `relations  ${fmt(res.relations)}`);
  console.log(`people     ${fmt(res.leaders)}`);
  if (peopleOnly) return;
  console.log(`\n${formatTable('by rule (misses have no rule)', res.byRule, false)}`);
  console.log(`\n${formatTable('by CAMEO root', res.byRoot)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
