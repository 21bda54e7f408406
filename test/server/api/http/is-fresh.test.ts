import { describe, expect, it } from '@jest/globals';
import { isFresh } from '../../../../server/api/http/is-fresh.ts';

const etag = '"abc"';

describe('isFresh', () => {
  it('is fresh when If-None-Match names the ETag, among others or weakly', () => {
    expect(isFresh({ 'if-none-match': '"abc"' }, etag)).toBe(true);
    expect(isFresh({ 'if-none-match': '"other", W/"abc"' }, etag)).toBe(true);
    expect(isFresh({ 'if-none-match': '*' }, etag)).toBe(true);
  });

  it('is not fresh for another ETag, none at all, or a client asking with Cache-Control: no-cache', () => {
    expect(isFresh({ 'if-none-match': '"abd"' }, etag)).toBe(false);
    expect(isFresh({}, etag)).toBe(false);
    expect(isFresh({ 'if-none-match': '"abc"', 'cache-control': 'max-age=0, no-cache' }, etag)).toBe(false);
  });
});
