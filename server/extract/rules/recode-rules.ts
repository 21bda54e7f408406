// Recodes: rules that change what a cue states rather than drop it.
import type { Candidate, Rule } from './rule.ts';

const FUTURE_NEGATION = new Set(['will', 'would', 'shall', 'never']);

export const refusedCooperation: Rule<Candidate> = {
  id: 'recode.refused-cooperation',
  stage: 'recode',
  why:
    'a negated promise of cooperation ("will not negotiate", "would never meet") is a refusal, coded as a ' +
    'rejection (120) rather than dropped; a past negation ("did not meet") states nothing',
  examples: [
    { text: 'Japan will not negotiate with China.', expect: ['JPN 12 CHN'] },
    { text: 'Chile did not meet Peru.', expect: [] },
  ],
  apply: (c) => {
    const root = Number(c.cue.code.slice(0, 2));
    if (root < 3 || root > 8) return false;
    for (let k = c.cue.at - 1, words = 0; k >= c.floor && words < 4; k--) {
      const t = c.tokens[k];
      if (!t?.word) continue;
      words++;
      if (FUTURE_NEGATION.has(t.fold) || (t.fold === 'won' && c.tokens[k + 1]?.fold === "'")) return true;
    }
    return false;
  },
};

export const agreedOnThing: Rule<Candidate> = {
  id: 'recode.agreed-to-thing',
  stage: 'recode',
  why:
    '"agree to" with a noun phrase ("agreed to a ceasefire", "agree to the deal") concludes an agreement (057, both ' +
    'sides); "agree to" with a verb ("agreed to meet") stays intent (030)',
  examples: [{ text: 'Chad and Sudan agreed to a ceasefire.', expect: ['SDN 05 TCD', 'TCD 05 SDN'] }],
  apply: (c) => {
    if (c.cue.code !== '030' || c.tokens[c.cue.end - 1]?.fold !== 'to') return false;
    const pos = c.pos();
    const next = pos[c.cue.end];
    return next === 'DET' || next === 'NOUN' || (next === 'ADJ' && pos[c.cue.end + 1] === 'NOUN');
  },
};
