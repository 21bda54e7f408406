// Negation and hedging before a cue: such statements never become positive events.
import type { Token } from './tokenize.ts';

const NEGATION = new Set(['not', 'never', 'no', 'nor', 'neither', 'without', 'cannot', 'didn', 'doesn', 'don', 'won', 'wouldn', 'isn', 'wasn', 'aren', 'weren', 'hasn', 'haven', 'hadn', 'couldn', 'shouldn', 'refuse', 'refused', 'refuses', 'declined', 'declines', 'fail', 'failed', 'fails', 'denied', 'denies', 'deny', 'rather']);
const HEDGE = new Set(['may', 'might', 'could', 'would', 'should', 'if', 'unless', 'whether', 'consider', 'considers', 'considering', 'considered', 'possibly', 'perhaps', 'maybe', 'reportedly', 'allegedly', 'rumored', 'rumoured', 'seek', 'seeks', 'sought', 'attempt', 'attempts', 'attempted', 'try', 'tries', 'tried', 'trying', 'plan', 'plans', 'planned', 'planning', 'want', 'wants', 'threatens', 'threatened', 'threatening', 'prevent', 'prevents', 'deter', 'deterring', 'stop', 'avoid', 'lest']);
/** Markers of intent that turn a material cue into CAMEO 03 ("will provide aid"). */
const INTENT = new Set(['will', 'shall', 'pledge', 'pledged', 'pledges', 'vow', 'vowed', 'promise', 'promised', 'ready', 'intend', 'intends', 'committed', 'commit', 'continue', 'going']);
/** Words that close a clause for modality purposes. */
const CLAUSE_END = new Set([';', ':', '“', '”', '"', '(', ')']);
const CLAUSE_WORD = new Set(['but', 'while', 'whereas', 'although', 'because', 'and', 'which', 'who', 'that', 'after', 'as', 'since', 'when']);

export type Modality = 'asserted' | 'negated' | 'hedged' | 'intent';

/** Looks back from the cue (up to 6 words, stopping at a clause boundary) for negation, hedges and intent. */
export function modalityBefore(tokens: Token[], at: number, floor = 0): Modality {
  let words = 0;
  let intent = false;
  for (let k = at - 1; k >= floor && words < 6; k--) {
    const t = tokens[k] as Token;
    if (!t.word) {
      if (CLAUSE_END.has(t.text)) break;
      // "didn't": the "t" after an apostrophe
      continue;
    }
    words++;
    const f = t.fold;
    if (f === 't' && tokens[k - 1]?.fold === "'") return 'negated';
    if (NEGATION.has(f)) return 'negated';
    if (HEDGE.has(f)) return 'hedged';
    if (INTENT.has(f)) intent = true;
    if (CLAUSE_WORD.has(f)) break;
  }
  return intent ? 'intent' : 'asserted';
}

/** A question is not a statement of fact. */
export function isQuestion(sentence: string): boolean {
  return /\?["”’')\]]*\s*$/.test(sentence);
}
