// Clause boundaries inside one sentence, so that a cue takes its actors from
// its own clause: "X condemned Y, while Z praised W" is two clauses.
import type { Token } from './tokenize.ts';

const STOP_MARKS = new Set([';', ':']);
/** Words that always open a new clause. */
const CLAUSE_WORDS = new Set([
  'but',
  'while',
  'whereas',
  'although',
  'because',
  'which',
  'who',
  'whom',
  'since',
  'unless',
  'if',
  'whose',
]);
/** Words that open a clause when a new subject follows: "as they defend", "so it can". */
const SUBORDINATORS = new Set(['as', 'so', 'when', 'after', 'before', 'until', 'once', 'where', 'and', 'though']);
export const SUBJECT_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'it', 'they']);

/** Does a new clause start at tokens[k]? */
export function opensClause(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (STOP_MARKS.has(t.text)) return true;
  if (!t.word) return false;
  if (CLAUSE_WORDS.has(t.fold)) return true;
  if (!SUBORDINATORS.has(t.fold)) return false;
  const nx = tokens[k + 1];
  if (!nx?.word) return false;
  // "as well", "so far": no subject. "and we …", "as Russia prepares …": a subject pronoun or a name.
  if (SUBJECT_PRONOUNS.has(nx.fold) && (nx.fold !== 'i' || nx.text === 'I')) return true;
  return t.fold !== 'and' && /^\p{Lu}/u.test(nx.text) && nx.fold !== 'i';
}

/** Index of the first token of the clause holding tokens[at]. */
export function clauseStart(tokens: Token[], at: number): number {
  for (let k = at - 1; k >= 0; k--) if (opensClause(tokens, k)) return k + 1;
  return 0;
}

/** Index of the opening quote mark tokens[at] is inside, or -1. */
export function insideQuote(tokens: Token[], at: number): number {
  let open = -1;
  for (let k = 0; k < at; k++) {
    const x = (tokens[k] as Token).text;
    if (x === '“') open = k;
    else if (x === '”') open = -1;
    else if (x === '"') open = open < 0 ? k : -1;
  }
  return open;
}
