import { describe, expect, it } from '@jest/globals';
import { BinaryInputError, EmptyDocumentError, ParseInputError } from '../../../server/extract/errors.ts';
import { extractDocument } from '../../../server/extract/extract-document.ts';
import { extractToJsonLines } from '../../../server/extract/extract-to-json-lines.ts';
import type { DocumentInput } from '../../../server/extract/types.ts';
import { testGazetteer } from './support.ts';

const gaz = testGazetteer();

describe('bad input', () => {
  it('when the text is empty or blank, a typed EmptyDocumentError names the module', () => {
    expect(() => extractDocument({ text: '   \n ' }, gaz)).toThrow(EmptyDocumentError);
    expect(() => extractDocument({ text: '' }, gaz)).toThrow(
      /stategraph\/extract\/extract-document: document has no text/,
    );
  });
  it('when the text is binary junk, a BinaryInputError is thrown', () => {
    const junk = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(i % 32)).join('');
    expect(() => extractDocument({ text: junk }, gaz)).toThrow(BinaryInputError);
  });
  it('when the input has no text field, a ParseInputError is thrown', () => {
    expect(() => extractDocument({} as DocumentInput, gaz)).toThrow(ParseInputError);
  });
  it('when the text is in another script, it warns and does not crash', () => {
    const x = extractDocument({ text: 'Президент России Владимир Путин провёл переговоры. 习近平会见了金正恩。' }, gaz);
    expect(x.warnings.map((w) => w.code)).toContain('non_english');
  });
  it('when HTML is passed as text, tags do not become mentions and nothing crashes', () => {
    const x = extractDocument({ text: '<div><b>China</b> condemned <i>Japan</i>.</div>' }, gaz);
    expect(x.entities.map((e) => e.key).sort()).toEqual(['CHN', 'JPN']);
  });
  it('when one document of several is bad, the others are still extracted', () => {
    const lines = extractToJsonLines([{ text: 'China praised Russia.' }, { text: '' }], gaz).map((l) => JSON.parse(l));
    expect(lines[0].relations).toHaveLength(1);
    expect(lines[1].error.code).toBe('empty_document');
  });
  it('a 10 MB text is extracted in time linear in its size', () => {
    const para = 'Russia attacked Ukraine on Monday. The United States condemned Russia and sent aid to Ukraine. ';
    const time = (mb: number): number => {
      const text = para.repeat(Math.ceil((mb * 1e6) / para.length));
      const t = performance.now();
      const x = extractDocument({ text, date: '2022-02-22' }, gaz);
      expect(x.relations.length).toBeGreaterThan(0);
      return performance.now() - t;
    };
    const small = time(2.5);
    const big = time(10);
    expect(big / small).toBeLessThan(8);
  }, 120_000);
  it('a 10 MB text without spaces or punctuation does not hang', () => {
    const t = performance.now();
    extractDocument({ text: 'a'.repeat(10_000_000) }, gaz);
    expect(performance.now() - t).toBeLessThan(30_000);
  }, 60_000);
});
