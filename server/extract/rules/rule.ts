// What a rule is: a named decision of the coder, with the stage it runs at, why
// it exists and sentences that show it. Tests are generated from the examples.
import type { ActorMention } from '../find-mentions.ts';
import type { CueHit } from '../find-cues.ts';
import type { Token } from '../tokenize.ts';

export type RuleStage = 'cue' | 'veto' | 'recode' | 'actors' | 'pairs' | 'document';

export interface RuleExample {
  text: string;
  /** Every "SOURCE ROOT TARGET" the text must give, sorted; [] for none. */
  expect: string[];
  title?: string;
  speaker?: string;
}

export interface Rule<I = unknown> {
  id: string;
  stage: RuleStage;
  why: string;
  examples: RuleExample[];
  apply: (input: I) => boolean;
}

/** A cue about to be coded, as the veto rules see it. */
export interface Candidate {
  tokens: Token[];
  mentions: ActorMention[];
  cue: CueHit;
  /** Is the cue used as a noun here? */
  nominal: boolean;
  /** First token of the cue's clause. */
  floor: number;
  /** Token of the last force noun of the clause ("a US drone strike"), or -1. */
  lastEventNoun: number;
  /** Code the negation itself states ("does not recognise" → 120), when negated. */
  negatedCode: string | null;
  pos: () => readonly string[];
}

export type VetoRule = Rule<Candidate>;
