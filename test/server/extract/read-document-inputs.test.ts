import { describe, expect, it } from '@jest/globals';
import { ParseInputError } from '../../../server/extract/errors.ts';
import { readDocumentInputs } from '../../../server/extract/read-document-inputs.ts';

describe('readDocumentInputs', () => {
  it('reads JSON Lines with optional fields, skipping blank lines', () => {
    const docs = readDocumentInputs(
      'a.jsonl',
      '{"id":"d1","text":"Hello.","date":"2022-02-22"}\n\n{"text":"Second."}\n',
    );
    expect(docs).toEqual([{ id: 'd1', text: 'Hello.', date: '2022-02-22' }, { text: 'Second.' }]);
  });
  it('when a JSON line lacks a text string, the error names the line', () => {
    expect(() => readDocumentInputs('a.jsonl', '{"text":"ok"}\n{"title":"x"}\n{"text":"ok"}')).toThrow(
      'stategraph/extract/parse-input: expected a JSON object with a "text" string at line 2',
    );
    expect(() => readDocumentInputs('a.jsonl', 'not json')).toThrow(ParseInputError);
  });
  it('takes a plain text title from a short first line and the byline as publisher', () => {
    const [d] = readDocumentInputs('a.txt', 'China Says Ready\n\nBy Staff, Agencies\n\nBody text.');
    expect(d).toMatchObject({ title: 'China Says Ready', publisher: 'Staff, Agencies' });
  });
  it('strips Markdown markup and takes the first heading as title', () => {
    const [d] = readDocumentInputs('a.md', '# Big news\n\n**China** met [Japan](http://x.y) in `Tokyo`.');
    expect(d?.title).toBe('Big news');
    expect(d?.text).toContain('China met Japan in Tokyo.');
  });
  it('strips HTML tags, scripts and entities', () => {
    const [d] = readDocumentInputs(
      'a.html',
      '<html><head><title>T &amp; U</title><script>var x="<b>";</script></head><body><p>China&nbsp;met&#32;Japan.</p></body></html>',
    );
    expect(d?.title).toBe('T & U');
    expect(d?.text).toBe('China met Japan.');
  });
});
