import { describe, it, expect } from '@jest/globals';
import { parseIcewsFiles, IcewsDataError, type IcewsContext } from '../../../server/reference/icews.ts';
import { indexCameoLabels, parseCameoCodes } from '../../../server/reference/cameo.ts';

const cameo = indexCameoLabels(
  parseCameoCodes(
    'code\tlabel\tv\troot\trl\tq\tg\n036\tExpress intent to meet or negotiate\t\t03\tX\t1\t4.0\n137\tThreaten with political repression\t\t13\tT\t3\t-6.0\n',
  ),
);
const states: Record<string, string> = { china: 'CHN', 'north korea': 'PRK', russia: 'RUS' };
const ctx: IcewsContext = {
  cameo,
  stateOf: (n) => states[n.toLowerCase()],
  stateName: (c) => c,
  orgOf: () => undefined,
  leaderOf: () => undefined,
};

describe('parseIcewsFiles', () => {
  it('keeps genuine repeats within a file but loads a row repeated in another file once', () => {
    const row = 'China\tExpress intent to meet or negotiate\tNorth Korea\t2014-01-02\n';
    const ev = parseIcewsFiles(
      [
        { name: 'a.txt', text: row + row },
        { name: 'b.txt', text: row },
      ],
      ctx,
    );
    expect(ev).toHaveLength(2);
    expect(ev.map((e) => e.provenance)).toEqual([
      { source: 'icews:a.txt', line: 1 },
      { source: 'icews:a.txt', line: 2 },
    ]);
  });
  it('reads "Sector (Country)" as a sector of a state and codes the misspelt label', () => {
    const [e] = parseIcewsFiles(
      [{ name: 'a.txt', text: 'Foreign Affairs (Russia)\tThreaten with repression\tSome Group\t2014-01-02\n' }],
      ctx,
    );
    expect(e).toMatchObject({
      actor: { kind: 'State', key: 'RUS' },
      actorSector: 'Foreign Affairs',
      cameo: '137',
      target: { kind: 'Actor', key: 'some-group' },
    });
  });
  it('when an event text is unknown, the error names file and line', () => {
    expect(() => parseIcewsFiles([{ name: 'a.txt', text: 'China\tDance\tRussia\t2014-01-02\n' }], ctx)).toThrow(
      IcewsDataError,
    );
    expect(() => parseIcewsFiles([{ name: 'a.txt', text: 'China\tDance\tRussia\t2014-01-02\n' }], ctx)).toThrow(
      /a\.txt line 1/,
    );
  });
});
