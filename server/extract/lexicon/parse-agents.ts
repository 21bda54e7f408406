// Parses Phoenix.agents.txt (PETRARCH2, MIT): agent nouns with their CAMEO agent
// codes, and whether each acts for its state (the roles listed as stateRoles in
// data/lexicon/word-lists.json) or not (rebels, opposition, militants,
// civilians, businesses, media, …).
import { LexiconError } from '../errors.ts';
import { nounForms } from './inflect.ts';

export interface Agent {
  /** Folded words, e.g. ["rebel", "group"]. */
  words: string[];
  /** CAMEO agent code without "~", e.g. "REB", "GOVMED". */
  code: string;
  /** Does the agent act for its state? */
  state: boolean;
}

/** Agents by their first word; longest phrases first. */
export type AgentIndex = Map<string, Agent[]>;

// A few lines close the code with "}" or leave out the space: read them as PETRARCH2 does.
const LINE = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*\[~?([A-Z]+)~?[\]}]\s*$/;

/**
 * stateRoles: agent roles (first three letters of the code) that act for their state; mediaWords: words of an agent
 * that make it media whatever its role ("state media", "state-run television" are GOVMED in Phoenix, yet no state).
 */
export function parseAgents(
  text: string,
  stateRoles: ReadonlySet<string>,
  file = 'data/petrarch2/Phoenix.agents.txt',
  mediaWords: ReadonlySet<string> = new Set(),
): { index: AgentIndex; count: number; skipped: number } {
  const macros = new Map<string, string[]>();
  const index: AgentIndex = new Map();
  let count = 0;
  let skipped = 0;
  const add = (phrase: string, code: string): void => {
    const exact = phrase.endsWith('_');
    const words = phrase
      .split('_')
      .filter(Boolean)
      .map((w) => w.toLowerCase());
    if (words.length === 0) return;
    const last = words[words.length - 1] as string;
    for (const f of exact ? [last] : nounForms(last)) {
      const ws = [...words.slice(0, -1), f];
      const a: Agent = {
        words: ws,
        code,
        state: stateRoles.has(code.slice(0, 3)) && !words.some((w) => mediaWords.has(w)),
      };
      const list = index.get(ws[0] as string) ?? [];
      list.push(a);
      index.set(ws[0] as string, list);
    }
    count++;
  };
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = (lines[n] as string).replace(/#.*$/, '').trim();
    if (!line) continue;
    const macro = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (macro) {
      macros.set(
        macro[1] as string,
        (macro[2] as string)
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
      continue;
    }
    // A handful of entries carry no code at all: nothing to classify them by.
    if (!line.includes('[')) {
      skipped++;
      continue;
    }
    const m = LINE.exec(line);
    if (!m) throw new LexiconError(file, n + 1, `cannot read agent line "${line}"`);
    const [, head, listed, code] = m as unknown as [string, string, string | undefined, string];
    const phrases = [head.trim().replace(/\s+/g, '_'), ...(listed ?? '').split(/\s+/).filter(Boolean)];
    for (const p of phrases) {
      const mac = /^(.*?)(![A-Z]+!)(.*)$/.exec(p);
      if (mac) {
        const alts = macros.get(mac[2] as string);
        if (!alts) throw new LexiconError(file, n + 1, `macro ${mac[2]} is not defined`);
        for (const a of alts) add(`${mac[1]}${a}${mac[3]}`, code);
      } else add(p, code);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { index, count, skipped };
}
