// Rules that produce relations: the two ways the PETRARCH2 dictionary codes a
// verb, the hand cue overrides (one rule each, from data/lexicon/cues.json), and
// the document-level rules.
import { findCues } from '../find-cues.ts';
import { loadLexicon } from '../lexicon/load-lexicon.ts';
import type { Token } from '../tokenize.ts';
import type { Rule } from './rule.ts';

/** A cue rule applies where findCues reports a hit under its id. */
const hitBy =
  (id: string) =>
  (tokens: Token[]): boolean =>
    findCues(tokens).some((h) => h.rule === id);

export const petrarchPattern: Rule<Token[]> = {
  id: 'petrarch.pattern',
  stage: 'cue',
  why:
    "the field's own verb dictionary (PETRARCH2 CAMEO.2.0): a verb with the words of one of its patterns, coded " +
    "with the pattern's code",
  examples: [
    { text: 'Iran opened fire on Iraq.', expect: ['IRN 19 IRQ'] },
    { text: 'Chad put its troops on alert along the border with Sudan.', expect: ['TCD 15 SDN'] },
  ],
  apply: hitBy('petrarch.pattern'),
};

export const imperativeDemand: Rule<Token[]> = {
  id: 'imperative-demand',
  stage: 'document',
  why: 'an imperative addressed to a state in a statement ("Russia, stop the war") is a demand of the speaker',
  examples: [{ text: '“Release him immediately,” Poland told Belarus.', expect: ['POL 10 BLR'] }],
  apply: () => true,
};

export const resolutionSanction: Rule<Token[]> = {
  id: 'resolution-sanction',
  stage: 'document',
  why: 'a UN Security Council resolution the text names against a state is a sanction (163) of the Council',
  examples: [
    {
      text: 'Resolution 2270 of the UN Security Council tightened sanctions on North Korea in 2016.',
      expect: ['UNSC 16 PRK'],
    },
  ],
  apply: () => true,
};

/** One rule per hand cue, in the order of the data file. */
export function handCueRules(): Rule<Token[]>[] {
  return loadLexicon().cues.map((c) => ({
    id: `cue.${c.id}`,
    stage: 'cue',
    why: c.why,
    examples: c.examples ?? [],
    apply: hitBy(`cue.${c.id}`),
  }));
}
