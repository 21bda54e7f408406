import { describe, expect, test } from '@jest/globals';
import { networkPath } from '../../../client/src/api/network-path.ts';

describe("the state network's request", () => {
  test('is the URL the page preloads when no period or threshold is set', () =>
    expect(networkPath(null, null, 0)).toBe('/api/graph?types=DYAD%2CMESSAGE%2CSANCTION%2CBORDERS&limit=10000'));
  test('asks for a period and for relations that many independent outlets corroborate', () => {
    const url = new URL(networkPath('2016-01-01', '2016-12-31', 2), 'http://x');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      types: 'DYAD,MESSAGE,SANCTION,BORDERS',
      since: '2016-01-01',
      until: '2016-12-31',
      limit: '10000',
      minSources: '2',
      independentOnly: 'true',
    });
  });
});
