// Light verbs in pickActors (server/extract/pick-actors.ts): the subject of "launches", "begins", "pays" performs
// the act noun it governs, in every tense (news summaries are written in the present), but not past an infinitive.
import { describe, expect, it } from '@jest/globals';
import { coder } from './support.ts';

const coded = coder('2022-05-01');

describe('an act noun under a light verb', () => {
  it('takes the subject of a present-tense light verb as the actor', () => {
    expect(coded('China begins a state visit to Japan.')).toEqual(['CHN 04 JPN']);
    expect(coded('Egypt pays a visit to Sudan.')).toEqual(['EGY 04 SDN']);
  });
  it('does not reach an act noun past an infinitive', () => {
    expect(coded('Chile is taking steps to rally condemnation of Peru.')).toEqual([]);
  });
});
