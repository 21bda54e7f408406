import { describe, expect, test } from '@jest/globals';
import { defaultFilters } from '../../../client/src/filters/utils.ts';
import type { UrlState } from '../../../client/src/url-state/types.ts';
import { decodeUrlState, encodeUrlState } from '../../../client/src/url-state/utils.ts';

const base: UrlState = {
  focus: [],
  filters: defaultFilters(),
  layout: 'force',
  colour: 'kind',
  size: 'degree',
  hidden: [],
  pinned: [],
  selection: null,
  pathFrom: null,
  pathTo: null,
};

describe('the view in the URL', () => {
  test('the default view is an empty query string', () => expect(encodeUrlState(base)).toBe(''));
  test('a full view survives the round trip', () => {
    const view: UrlState = {
      focus: ['State:PRK', 'Leader:kim-jong-un'],
      filters: {
        excludedKinds: ['Leader'],
        excludedTypes: [],
        quads: [3, 4],
        since: '2016-01-01',
        until: '2016-12-31',
        minOutlets: 2,
      },
      layout: 'geo',
      colour: 'region',
      size: 'pagerank',
      hidden: ['State:USA'],
      pinned: ['State:CHN'],
      selection: { kind: 'source', id: 'doc:doc-9e14', start: 10, end: 80 },
      pathFrom: 'State:USA',
      pathTo: 'State:PRK',
    };
    expect(decodeUrlState(encodeUrlState(view))).toEqual(view);
    for (const selection of [
      { kind: 'dyad', a: 'CHN', b: 'PRK' },
      { kind: 'node', key: 'State:PRK' },
      { kind: 'source', id: 'icews:x', start: null, end: null },
    ] as const) {
      expect(decodeUrlState(encodeUrlState({ ...base, selection })).selection).toEqual(selection);
    }
  });
  test('a corroboration threshold is carried as outlets=N and left out at 0', () => {
    const view = { ...base, filters: { ...base.filters, minOutlets: 3 } };
    expect(encodeUrlState(view)).toBe('outlets=3');
    expect(decodeUrlState('?outlets=3').filters.minOutlets).toBe(3);
    expect(encodeUrlState({ ...view, filters: { ...view.filters, minOutlets: 0 } })).toBe('');
  });
  test('garbage falls back to defaults', () => {
    const v = decodeUrlState('?layout=nope&since=yesterday&quads=9,x&sel=what&outlets=-2');
    expect(v).toEqual(base);
  });
});
