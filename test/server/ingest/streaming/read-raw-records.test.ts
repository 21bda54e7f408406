import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readRawRecords, type RawRecord } from '../../../../server/ingest/streaming/read-raw-records.ts';
import type { RecordIssue } from '../../../../server/ingest/user-records/user-record-error.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'stategraph-raw-'));
const read = async (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const issues: RecordIssue[] = [];
  const rows: RawRecord[] = [];
  for await (const r of readRawRecords(file, name, issues)) rows.push(r);
  return { rows, issues };
};

describe('reading record files a record at a time', () => {
  it('reads a CSV record whose quoted field spans lines, with the line it starts on', async () => {
    const { rows, issues } = await read(
      'm.csv',
      'type,id,quotes\r\nmessage,m1,"first line\nsecond, with comma"\nmessage,m2,"say ""hi"""\n',
    );
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { line: 2, value: { type: 'message', id: 'm1', quotes: ['first line\nsecond, with comma'] } },
      { line: 4, value: { type: 'message', id: 'm2', quotes: ['say "hi"'] } },
    ]);
  });

  it('reports a JSON line that does not parse with its number and goes on', async () => {
    const { rows, issues } = await read('x.jsonl', '{"type":"state"}\n\n{oops\n{"type":"event"}\n');
    expect(rows.map((r) => r.line)).toEqual([1, 4]);
    expect(issues).toEqual([expect.objectContaining({ file: 'x.jsonl', line: 3, field: '(line)' })]);
  });

  it('reports a CSV without a type column and an unterminated quote at its line', async () => {
    const { issues } = await read('y.csv', 'code,name\nPRK,"North Korea\n');
    expect(issues.map((i) => [i.line, i.field])).toEqual([
      [1, 'type'],
      [2, '(record)'],
    ]);
  });
});
