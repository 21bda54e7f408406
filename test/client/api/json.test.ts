import { describe, expect, test } from '@jest/globals';
import {
  asNumber,
  asObject,
  asObjectOrNull,
  asObjects,
  asString,
  asText,
  asTexts,
} from '../../../client/src/api/json.ts';

describe('reading fields of an API answer', () => {
  test('a scalar reads as text; a missing value, an object or a list as nothing', () => {
    expect([asText('Xi'), asText(1950), asText(false), asText('')]).toEqual(['Xi', '1950', 'false', '']);
    expect([asText(null), asText(undefined), asText({ name: 'x' }), asText(['a'])]).toEqual([null, null, null, null]);
  });
  test('an object reads as itself; anything else as an empty object, or null when asked', () => {
    expect(asObject({ code: 'PRK' })).toEqual({ code: 'PRK' });
    expect([asObject(null), asObject(['x']), asObject('PRK')]).toEqual([{}, {}, {}]);
    expect([asObjectOrNull({ a: 1 }), asObjectOrNull([]), asObjectOrNull(undefined)]).toEqual([{ a: 1 }, null, null]);
  });
  test('a list keeps the items of the asked shape and skips the others', () => {
    expect(asObjects([{ key: 'a' }, null, 'b', [1], { key: 'c' }])).toEqual([{ key: 'a' }, { key: 'c' }]);
    expect(asTexts(['DPRK', 7, null, { x: 1 }])).toEqual(['DPRK', '7']);
    expect([asObjects('x'), asTexts(undefined)]).toEqual([[], []]);
  });
  test('strings and numbers only as themselves', () => {
    expect([asString('2020-01-01'), asString(2020), asNumber(3), asNumber('3')]).toEqual(['2020-01-01', null, 3, null]);
  });
});
