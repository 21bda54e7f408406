import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBulkCsv } from '../../../../server/ingest/bulk/write-bulk-csv.ts';
import { eventRow } from '../../../../server/ingest/rows/event-row.ts';
import { makeStateOf } from '../../../../server/ingest/rows/state-of.ts';
import { UserRecordError } from '../../../../server/ingest/user-records/user-record-error.ts';
import { parseUserRecords } from '../../../../server/ingest/user-records/parse-user-records.ts';
import { parseCameoCodes } from '../../../../server/reference/cameo.ts';
import { stateEvent } from '../../../support/state-event.ts';

const cameo = parseCameoCodes(
  readFileSync(fileURLToPath(new URL('../../../../data/cameo/cameo_codes.tsv', import.meta.url)), 'utf8'),
);

describe('the bulk import files', () => {
  it('give each event the content hash the online loader gives it, sectors included', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bulk-csv-'));
    const lines = [
      { ...stateEvent('CHN', 'PRK', '042', '2033-01-15'), id: 'bulk-1', actorSector: 'Government' },
      { ...stateEvent('PRK', 'CHN', '036', '2033-01-16'), id: 'bulk-2' },
    ].map((l) => JSON.stringify(l));
    const file = path.join(dir, 'events.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const out = await writeBulkCsv([{ path: file, name: 'events.jsonl' }], path.join(dir, 'csv'), cameo);
    expect(out.events).toBe(2);

    const csv = readFileSync(path.join(dir, 'csv', 'events.csv'), 'utf8')
      .trim()
      .split('\n');
    const written = new Map(csv.slice(1).map((l) => [l.split(',')[0]!.replace(/"/g, ''), l.split(',').at(-1)!]));
    const online = parseUserRecords(lines.join('\n'), 'events.jsonl', cameo).events.map((e) =>
      eventRow(e, makeStateOf([], [])),
    );
    expect(online).toHaveLength(2);
    for (const row of online) expect(written.get(row.id)).toBe(`"${row.hash}"`);
  });

  it('refuse a file with a bad record anywhere, name every bad line, and leave no import files behind', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bulk-csv-'));
    const good = (i: number) => JSON.stringify({ ...stateEvent('CHN', 'PRK', '042', '2033-01-15'), id: `ok-${i}` });
    const lines = [
      ...Array.from({ length: 5000 }, (_, i) => good(i)),
      JSON.stringify({ ...stateEvent('CHN', 'XXX', '042', '2033-01-15'), id: 'bad-state' }),
      good(5000),
      JSON.stringify({ ...stateEvent('CHN', 'PRK', '999', '2033-01-15'), id: 'bad-code' }),
      JSON.stringify({ type: 'leader', key: 'someone', name: 'Someone', leads: [] }),
    ];
    const file = path.join(dir, 'events.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const csv = path.join(dir, 'csv');
    const error = await writeBulkCsv([{ path: file, name: 'events.jsonl' }], csv, cameo).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserRecordError);
    const issues = (error as UserRecordError).issues;
    expect(issues.map((i) => [i.line, i.field])).toEqual([
      [5001, 'target'],
      [5003, 'cameo'],
      [5004, 'type'],
    ]);
    expect(issues[0]!.message).toContain('State:XXX');
    expect(existsSync(csv)).toBe(false);
  });
});
