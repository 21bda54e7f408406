import { describe, it, expect } from '@jest/globals';
import { parseCsv, parseCsvRows, CsvParseError } from '../../../server/reference/parse-csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines, and CRLF line ends', () => {
    const rows = parseCsvRows('a,b\r\n"x, y","say ""hi""\nthere"\r\n3,\r\n');
    expect(rows.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
      ['3', ''],
    ]);
  });
  it('numbers each record by the physical line it starts on', () => {
    const t = parseCsv('h1,h2\n"a\nb",c\nd,e\n');
    expect(t.records.map((r) => r.line)).toEqual([2, 4]);
    expect(t.records[1]?.get('h2')).toBe('e');
    expect(t.records[1]?.get('missing')).toBe('');
  });
  it('when a quote is never closed, the error names source and line', () => {
    expect(() => parseCsvRows('a\n"open', 'x.csv')).toThrow(CsvParseError);
    expect(() => parseCsvRows('a\n"open', 'x.csv')).toThrow(/x\.csv line 2/);
  });
});
