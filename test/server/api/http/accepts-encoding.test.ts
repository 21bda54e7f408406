import { describe, expect, it } from '@jest/globals';
import { acceptsEncoding } from '../../../../server/api/http/accepts-encoding.ts';

describe('acceptsEncoding', () => {
  it('accepts an encoding the header names, whatever its case and spacing', () => {
    expect(acceptsEncoding('gzip, deflate, br', 'br')).toBe(true);
    expect(acceptsEncoding(' GZIP ;q=0.5', 'gzip')).toBe(true);
  });

  it('refuses one named with q=0, even when a wildcard would allow it', () => {
    expect(acceptsEncoding('br;q=0, *', 'br')).toBe(false);
    expect(acceptsEncoding('gzip;q=0', 'gzip')).toBe(false);
  });

  it('lets the wildcard cover what is not named, unless its own q is 0', () => {
    expect(acceptsEncoding('*', 'br')).toBe(true);
    expect(acceptsEncoding('*;q=0', 'br')).toBe(false);
    expect(acceptsEncoding('gzip', 'br')).toBe(false);
  });

  it('without a header allows identity only', () => {
    expect(acceptsEncoding(undefined, 'gzip')).toBe(false);
    expect(acceptsEncoding(undefined, 'identity')).toBe(true);
  });
});
