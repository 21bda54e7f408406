import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseCsvRows } from '../../reference/parse-csv.ts';
import { csvRowToObject } from '../user-records/csv-row-to-object.ts';
import type { RecordIssue } from '../user-records/user-record-error.ts';

export interface RawRecord {
  line: number;
  value: unknown;
}

/** Whether a CSV record so far has an unclosed quoted field, i.e. goes on on the next line. */
const openQuote = (s: string) => {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 34) n++;
  return n % 2 === 1;
};

/**
 * The raw records of a .jsonl or .csv file, one at a time from a read stream, so memory does not grow with the
 * file. A CSV record may span lines inside quotes; a malformed line is reported in `issues` with its number.
 */
export async function* readRawRecords(path: string, name: string, issues: RecordIssue[]): AsyncGenerator<RawRecord> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  const csv = /\.csv$/i.test(name);
  let header: string[] | null = null;
  let pending = '';
  let pendingLine = 0;
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    const text = lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (!csv) {
      if (!text.trim()) continue;
      try {
        yield { line: lineNo, value: JSON.parse(text) };
      } catch (e) {
        issues.push({ file: name, line: lineNo, field: '(line)', message: `not valid JSON (${(e as Error).message})` });
      }
      continue;
    }
    if (pending === '') pendingLine = lineNo;
    pending = pending === '' ? text : `${pending}\n${text}`;
    if (openQuote(pending)) continue;
    const record = pending;
    pending = '';
    if (!record.trim()) continue;
    let fields: string[];
    try {
      fields = parseCsvRows(record, name)[0]?.fields ?? [];
    } catch (e) {
      issues.push({ file: name, line: pendingLine, field: '(record)', message: (e as Error).message });
      continue;
    }
    if (!header) {
      header = fields.map((h) => h.trim());
      if (!header.includes('type'))
        issues.push({ file: name, line: 1, field: 'type', message: 'the CSV header needs a "type" column' });
      continue;
    }
    yield { line: pendingLine, value: csvRowToObject(header, fields) };
  }
  if (pending !== '')
    issues.push({ file: name, line: pendingLine, field: '(record)', message: 'unterminated quoted field' });
}
