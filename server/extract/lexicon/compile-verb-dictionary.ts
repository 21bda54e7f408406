// Compiles PETRARCH2's CAMEO.2.0 verb dictionary (data/petrarch2/CAMEO.2.0.txt)
// into a lookup from a word form to its verb entries: the verb's own code and
// its patterns, each a sequence of word alternatives before and after the verb.
// Actor slots ("+" target, "$" source, "%" compound) and "^" skips are left to
// the actor rules; only the words of a pattern are matched here.
import { LexiconError } from '../errors.ts';
import { inflect, nounForms } from './inflect.ts';

/** One position of a pattern: alternatives, each a sequence of folded words. */
export type PatternItem = string[][];

export interface VerbPattern {
  before: PatternItem[];
  after: PatternItem[];
  /** CAMEO code of source → target, or null when the pattern only names a reverse event. */
  code: string | null;
  /** Code of the paired event target → source ("[042:043]": a visit is the host's hosting). */
  reverse: string | null;
  line: number;
  text: string;
}

export interface VerbEntry {
  /** The block's name, e.g. "FREEZE". */
  block: string;
  lemma: string;
  /** Words after the verb that belong to it ("stir up"). */
  particle: string[];
  /** The verb's default code, when it has one. */
  code: string | null;
  patterns: VerbPattern[];
}

export interface VerbDictionary {
  byForm: Map<string, VerbEntry[]>;
  verbs: number;
  patterns: number;
  synsets: number;
  blocks: number;
  /** Patterns left out, with why (the dictionary's own loose ends). */
  skipped: { line: number; reason: string }[];
}

const CODE = /^(\d{3,4}|---)?(?::(\d{3,4}|---)?)?$/;

function parseCode(raw: string, file: string, line: number): [string | null, string | null] {
  const m = CODE.exec(raw.replace(/!$/, '')); // TABARI's "!" flag (a complex event) has no meaning here
  if (!m) throw new LexiconError(file, line, `"[${raw}]" is not a CAMEO code`);
  const f = m[1] && m[1] !== '---' ? m[1] : null;
  const r = m[2] && m[2] !== '---' ? m[2] : null;
  return [f, r];
}

/** "RE_" ends in an underscore: the word as written, no noun forms. */
function wordAlts(raw: string): string[][] {
  const exact = raw.endsWith('_');
  const words = raw
    .replace(/^\+/, '')
    .split('_')
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  if (words.length === 0) return [];
  if (exact || words.length > 1) return [words];
  return nounForms(words[0] as string).map((f) => [f]);
}

/** Splits a pattern body into items: words, {noun phrases}, (prepositional phrases), &sets; slots dropped. */
function patternItems(
  body: string,
  synsets: Map<string, string[][]>,
): { before: PatternItem[]; after: PatternItem[]; missing?: string } | null {
  const tokens = body
    .replace(/[{}()*]/g, (c) => (c === '*' ? ' * ' : ' '))
    .split(/\s+/)
    .filter(Boolean);
  const before: PatternItem[] = [];
  const after: PatternItem[] = [];
  let seenVerb = false;
  for (const t of tokens) {
    if (t === '*') {
      seenVerb = true;
      continue;
    }
    if (/^[+$%^|]+$/.test(t) || t === '-' || t === '/' || t === '..') continue;
    let item: PatternItem;
    if (t.startsWith('&')) {
      const set = synsets.get(t.replace(/[^A-Z0-9_&]/g, ''));
      // The dictionary names a few sets it never defines: such a pattern cannot match and is left out.
      if (!set) return { before, after, missing: t };
      item = set;
    } else {
      const w = t.replace(/[^A-Za-z0-9_'-]/g, '');
      if (!w || !/[A-Za-z]/.test(w)) continue;
      item = wordAlts(w);
    }
    if (item.length) (seenVerb ? after : before).push(item);
  }
  return seenVerb ? { before, after } : null;
}

/** Forms of a verb line: "HURRY {HURRIES HURRYING HURRIED}", "+STIR_UP {+STIRS_UP …}", "DEFY […] [120]". */
function verbForms(head: string, listed: string[]): { lemma: string; particle: string[]; forms: string[] }[] {
  const words = head
    .replace(/^\+/, '')
    .split('_')
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  const lemma = words[0] as string;
  const particle = words.slice(1);
  const out = [{ lemma, particle, forms: listed.length ? [lemma, ...inflect(lemma)] : inflect(lemma) }];
  for (const l of listed) {
    const lw = l
      .replace(/^\+/, '')
      .split('_')
      .filter(Boolean)
      .map((w) => w.toLowerCase());
    if (lw.length) out.push({ lemma, particle: lw.slice(1), forms: [lw[0] as string] });
  }
  return out;
}

/** Parses the dictionary text; throws LexiconError naming the line of anything it cannot read. */
export function compileVerbDictionary(text: string, file = 'data/petrarch2/CAMEO.2.0.txt'): VerbDictionary {
  const lines = text.split('\n');
  const synsets = new Map<string, string[][]>();
  const byForm = new Map<string, VerbEntry[]>();
  let section: 'head' | 'synsets' | 'verbs' | 'transformations' = 'head';
  let currentSet: string[][] | null = null;
  let block: { name: string; code: string | null; entries: VerbEntry[]; patterns: VerbPattern[] } | null = null;
  let verbs = 0;
  let patterns = 0;
  let blocks = 0;
  const skipped: { line: number; reason: string }[] = [];
  const addForm = (form: string, e: VerbEntry): void => {
    const list = byForm.get(form);
    if (!list) byForm.set(form, [e]);
    else if (!list.includes(e)) list.push(e);
  };
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n] as string;
    const lineNo = n + 1;
    if (/^#+ *SYNONYM SETS/.test(raw)) section = 'synsets';
    else if (/^#+ *VERB PATTERNS/.test(raw)) section = 'verbs';
    else if (/^#+ *TRANSFORMATIONS/.test(raw)) section = 'transformations';
    const line = raw.replace(/[#;].*$/, '').trim(); // TABARI's ";" comments survive in a few lines
    if (!line || section === 'head' || section === 'transformations') continue;
    if (section === 'synsets') {
      if (line.startsWith('&')) {
        currentSet = [];
        synsets.set(line.split(/\s+/)[0] as string, currentSet);
      } else if (line.startsWith('+') && currentSet) {
        currentSet.push(...wordAlts(line.split(/\s+/)[0] as string));
      } else
        throw new LexiconError(file, lineNo, `expected a synonym set "&NAME" or a member "+WORD", found "${line}"`);
      continue;
    }
    const header = /^---\s+(\S.*?)\s+\[([^\]]*)\](?:---)?\s+---$/.exec(line);
    if (header) {
      const [code] = parseCode(header[2] as string, file, lineNo);
      block = { name: header[1] as string, code, entries: [], patterns: [] };
      blocks++;
      continue;
    }
    if (!block) throw new LexiconError(file, lineNo, `"${line}" comes before any verb block`);
    if (line.startsWith('-')) {
      const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(line);
      if (!m) throw new LexiconError(file, lineNo, `pattern "${line}" has no [code]`);
      const items = patternItems(m[1] as string, synsets);
      if (!items) throw new LexiconError(file, lineNo, `pattern "${line}" has no "*" for the verb`);
      const [code, reverse] = parseCode(m[2] as string, file, lineNo);
      if (items.missing) {
        skipped.push({ line: lineNo, reason: `synonym set ${items.missing} is not defined` });
        continue;
      }
      const p: VerbPattern = {
        before: items.before,
        after: items.after,
        code,
        reverse,
        line: lineNo,
        text: (m[1] as string).replace(/\s+/g, ' '),
      };
      block.patterns.push(p);
      patterns++;
      continue;
    }
    const v = /^(\S+)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*$/.exec(line);
    if (!v) throw new LexiconError(file, lineNo, `cannot read verb line "${line}"`);
    const [, head, listed, code] = v;
    const own = code !== undefined ? parseCode(code, file, lineNo)[0] : null;
    for (const f of verbForms(head as string, (listed ?? '').split(/\s+/).filter(Boolean))) {
      const e: VerbEntry = {
        block: block.name,
        lemma: f.lemma,
        particle: f.particle,
        code: own ?? block.code,
        patterns: block.patterns,
      };
      block.entries.push(e);
      for (const form of f.forms) addForm(form, e);
    }
    verbs++;
  }
  if (section !== 'transformations' && verbs === 0) throw new LexiconError(file, 1, 'no verb patterns section found');
  return { byForm, verbs, patterns, synsets: synsets.size, blocks, skipped };
}
