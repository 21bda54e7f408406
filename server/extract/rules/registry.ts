// The ordered registry of every rule the coder applies: cues first (dictionary
// patterns, then hand overrides), then vetoes and recodes per candidate, then
// document-level rules. Every relation's `rule` and every veto names one of these.
import type { Token } from '../tokenize.ts';
import { handCueRules, imperativeDemand, petrarchPattern, resolutionSanction } from './producing-rules.ts';
import { agreedOnThing, refusedCooperation } from './recode-rules.ts';
import type { Candidate, Rule } from './rule.ts';
import { EARLY_VETOES, LATE_VETOES } from './veto-rules.ts';

export type AnyRule = Rule<Token[]> | Rule<Candidate>;

let cached: readonly AnyRule[] | null = null;

export function ruleRegistry(): readonly AnyRule[] {
  cached ??= [
    petrarchPattern,
    ...handCueRules(),
    ...EARLY_VETOES,
    refusedCooperation,
    agreedOnThing,
    ...LATE_VETOES,
    imperativeDemand,
    resolutionSanction,
  ];
  return cached;
}

export function ruleById(id: string): AnyRule | undefined {
  return ruleRegistry().find((r) => r.id === id);
}
