// Negation and hedging before a cue: such statements never become positive events.
import { loadLexicon } from './lexicon/load-lexicon.ts';
import type { Token } from './tokenize.ts';

const NEGATION = new Set([
  'not',
  'never',
  'no',
  'nor',
  'neither',
  'without',
  'cannot',
  'didn',
  'doesn',
  'don',
  'won',
  'wouldn',
  'isn',
  'wasn',
  'aren',
  'weren',
  'hasn',
  'haven',
  'hadn',
  'couldn',
  'shouldn',
  'refuse',
  'refused',
  'refuses',
  'declined',
  'declines',
  'fail',
  'failed',
  'fails',
  'denied',
  'denies',
  'deny',
  'rather',
]);
const HEDGE = new Set([
  'may',
  'might',
  'could',
  'would',
  'should',
  'if',
  'unless',
  'whether',
  'consider',
  'considers',
  'considering',
  'considered',
  'possibly',
  'perhaps',
  'maybe',
  'reportedly',
  'allegedly',
  'rumored',
  'rumoured',
  'seek',
  'seeks',
  'sought',
  'attempt',
  'attempts',
  'attempted',
  'try',
  'tries',
  'tried',
  'trying',
  'want',
  'wants',
  'threatens',
  'threatened',
  'threatening',
  'prevent',
  'prevents',
  'deter',
  'deterring',
  'stop',
  'avoid',
  'lest',
]);
/** Markers of intent that turn a material cue into CAMEO 03 ("will provide aid"). */
const INTENT = new Set([
  'will',
  'shall',
  'pledge',
  'pledged',
  'pledges',
  'vow',
  'vowed',
  'promise',
  'promised',
  'ready',
  'intend',
  'intends',
  'committed',
  'commit',
  'commitment',
  'continue',
  'going',
  'forward',
  'agreed',
  'agree',
  'agrees',
  'determined',
  'resolve',
  'resolved',
  'll',
  // promises of a future act ("promises to visit", "vows to send")
  'promises',
  'promising',
  'vows',
  'vowing',
  'pledging',
  'intended',
  'intending',
  'scheduled',
]);

const BE_TO = new Set(['is', 'are']);
/** Before "to" and the cue, an act announced for later: "is set to visit", "are expected to meet". */
const SCHEDULED = new Set(['set', 'expected', 'due', 'slated', 'poised']);

/** A request's content is asked for, not done: "urged China to lift", "asked me to call on". */
const REQUEST = new Set([
  'urge',
  'urged',
  'urges',
  'urging',
  'ask',
  'asked',
  'asks',
  'asking',
  'encourage',
  'encouraged',
  'encourages',
  'demand',
  'demanded',
  'demands',
  'call',
  'calls',
  'called',
  'press',
  'pressed',
  'presses',
  'appeal',
  'appealed',
  'request',
  'requested',
  'invite',
  'invited',
]);
/** "Japan plans to impose sanctions" announces the act (13), "plans to import power from" intends it (03). */
const PLAN = loadLexicon().lists.planWords;
/** Before these, a plan word is a noun ("talks over plans to deploy", "its plans to"): the act is only a topic. */
const PLAN_NOUN_BEFORE = loadLexicon().lists.planNounBefore;
/** Wanting to thank is thanking: a performative stays asserted. */
const WANT = new Set(['want', 'wants', 'like', 'wish']);
/** Words that close a clause for modality purposes. */
const CLAUSE_END = new Set([';', ':', '“', '”', '"', '(', ')']);
const CLAUSE_WORD = new Set([
  'but',
  'while',
  'whereas',
  'although',
  'because',
  'and',
  'which',
  'who',
  'that',
  'after',
  'as',
  'since',
  'when',
]);

export type Modality = 'asserted' | 'negated' | 'hedged' | 'intent';

/** Looks back from the cue (up to 6 words, stopping at a clause boundary) for negation, hedges and intent. */
export function modalityBefore(tokens: Token[], at: number, floor = 0, performative = false): Modality {
  let words = 0;
  let intent = false;
  let sawTo = false;
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
    if (performative && WANT.has(f)) continue;
    if (HEDGE.has(f)) return 'hedged';
    if (PLAN.has(f)) {
      if (PLAN_NOUN_BEFORE.has(tokens[k - 1]?.fold ?? '')) return 'hedged';
      intent = true;
    }
    if (f === 'to') sawTo = true;
    // "Tunisia is to withdraw its recognition": an announced act, stated as intent
    // "is set to visit", "is expected to meet", "is due to sign": a scheduled act, also stated as intent
    if (
      f === 'to' &&
      k === at - 1 &&
      (BE_TO.has(tokens[k - 1]?.fold ?? '') || SCHEDULED.has(tokens[k - 1]?.fold ?? ''))
    )
      intent = true;
    // Only a request governing the cue through "to" ("urged China to lift"), not the request itself.
    if (sawTo && REQUEST.has(f) && k < at - 1) return 'hedged';
    if (INTENT.has(f)) intent = true;
    if (CLAUSE_WORD.has(f)) break;
  }
  return intent ? 'intent' : 'asserted';
}

/** A question is not a statement of fact. */
export function isQuestion(sentence: string): boolean {
  return /\?["”’')\]]*\s*$/.test(sentence);
}
