import { describe, expect, it } from '@jest/globals';
import { buildGazetteer } from '../../../server/extract/build-gazetteer.ts';
import { extractDocument } from '../../../server/extract/extract-document.ts';
import { loadGazetteerSources } from '../../../server/extract/load-gazetteer-sources.ts';
import { regnalNames } from '../../../server/extract/regnal-names.ts';
import { LEADER_SPANS } from '../../fixtures/leaders-fixture.ts';
import { coder } from './support.ts';

const coded = coder('2022-03-01');

describe('rules added for the long statements', () => {
  it('reads a joint resolve to work together or expand cooperation as 03 both ways', () => {
    expect(coded('Canada and Japan pledged to work together on climate.')).toEqual(['CAN 03 JPN', 'JPN 03 CAN']);
    expect(coded('Canada and Japan agreed to expand cooperation.')).toEqual(['CAN 03 JPN', 'JPN 03 CAN']);
  });
  it('lets "The leaders" opening a sentence mean the two just named', () => {
    expect(
      coded(
        'President Biden welcomed Prime Minister Kishida. The leaders resolve to further expand bilateral cooperation.',
      ),
    ).toEqual(expect.arrayContaining(['JPN 03 USA', 'USA 03 JPN']));
    expect(coded('Canada met Japan. The leaders of the G7 condemned Russia.')).not.toContain('CAN 03 JPN');
  });
  it('gives the reported act to the one reported on, not the reporter', () => {
    expect(coded('Japan said that Canada had attacked Russia.')).toEqual(['CAN 19 RUS']);
  });
  it('codes sanctions adopted or announced against a state, but not any adopted measures', () => {
    expect(coded('Canada adopted restrictive measures against Russia.')).toEqual(['CAN 16 RUS']);
    expect(coded('Japan announced new sanctions on Russia.')).toEqual(['JPN 16 RUS']);
    expect(coded('Canada adopted measures to protect children.')).toEqual([]);
    expect(coded('Sanctions on Russia by Japan took effect.')).toEqual(['JPN 16 RUS']);
  });
  it('derives the names news uses from a regnal style', () => {
    expect(regnalNames('Abdullah II of Jordan')).toEqual({ full: ['Abdullah II'], surnames: ['Abdullah'] });
    expect(regnalNames('Salman of Saudi Arabia')).toEqual({ full: [], surnames: ['Salman'] });
    expect(regnalNames('Joe Biden')).toEqual({ full: [], surnames: [] });
  });
  it('resolves "King Abdullah II" to his state', () => {
    const king = {
      key: 'abdullah-ii-of-jordan',
      name: 'Abdullah II of Jordan',
      aliases: [],
      state: 'JOR',
      role: 'head_of_state' as const,
      title: 'King of Jordan',
      start: '1999-02-07',
      end: null,
    };
    const gaz = buildGazetteer(loadGazetteerSources([...LEADER_SPANS, king]));
    const r = extractDocument(
      { text: 'His Majesty King Abdullah II met President Biden in Amman.', date: '2022-07-16' },
      gaz,
    );
    expect(r.relations.map((x) => `${x.source.key} ${x.root} ${x.target.key}`).sort()).toEqual([
      'JOR 04 USA',
      'USA 04 JOR',
    ]);
  });
});
