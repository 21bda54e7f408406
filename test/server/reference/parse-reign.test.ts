import { describe, it, expect } from '@jest/globals';
import { parseReign } from '../../../server/reference/parse-reign.ts';
import { LeaderDataError } from '../../../server/reference/leader-mention.ts';
import type { CowMapping } from '../../../server/reference/cow-to-iso.ts';

const cow: CowMapping = {
  toIso: new Map<number, string | null>([
    [2, 'USA'],
    [265, null],
  ]),
  fromIso: new Map(),
};
const head = 'stateabb,ccode,leadid,leader,sdate,smonth,syear,emonth,eyear,birthyear,gender\n';

describe('parseReign', () => {
  it('takes the end day from the successor who starts in the same month, and a blank end as in office', () => {
    const { mentions } = parseReign(
      head +
        'USA,2,a,Obama,20,1,2009,1,2017,1961,1\nUSA,2,b,Trump,20,1,2017,1,2021,1946,1\nUSA,2,c,Biden,20,1,2021,,,1942,1\n',
      cow,
    );
    expect(mentions.map((m) => [m.start, m.end])).toEqual([
      ['2009-01-20', '2017-01-20'],
      ['2017-01-20', '2021-01-20'],
      ['2021-01-20', null],
    ]);
  });
  it('skips spells of a state without a present successor, such as the GDR', () => {
    expect(parseReign(head + 'GDR,265,x,Honecker,3,5,1971,10,1989,1912,1\n', cow).skipped).toHaveLength(1);
  });
  it('when a COW code is unknown, the error names it and the line', () => {
    expect(() => parseReign(head + 'XXX,999,x,Nobody,1,1,2000,,,1950,1\n', cow)).toThrow(LeaderDataError);
    expect(() => parseReign(head + 'XXX,999,x,Nobody,1,1,2000,,,1950,1\n', cow)).toThrow(
      'unknown COW code 999 at reign leaderlist line 2',
    );
  });
});
