import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseUserRecords } from '../../../../server/ingest/user-records/parse-user-records.ts';
import { UserRecordError } from '../../../../server/ingest/user-records/user-record-error.ts';
import { parseCameoCodes } from '../../../../server/reference/cameo.ts';

const fixture = (f: string) =>
  readFileSync(fileURLToPath(new URL(`../../../fixtures/records/${f}`, import.meta.url)), 'utf8');
const cameo = parseCameoCodes(
  readFileSync(fileURLToPath(new URL('../../../../data/cameo/cameo_codes.tsv', import.meta.url)), 'utf8'),
);

describe('parseUserRecords', () => {
  it('reads every record type from JSON Lines and maps it to the model', () => {
    const r = parseUserRecords(fixture('good.jsonl'), 'good.jsonl', cameo);
    expect(r.states[0]).toMatchObject({ code: 'PRK', official: 'North Korea', source: 'user:good.jsonl' });
    expect(r.leaders[0]?.key).toBe('kim-jong-un');
    expect(r.leads[0]).toMatchObject({ leader: 'kim-jong-un', state: 'PRK', start: '2011-12-17', end: null });
    expect(r.messages[0]?.sender).toEqual({ kind: 'Leader', key: 'kim-jong-un', name: 'kim-jong-un' });
    expect(r.sanctions[0]).toMatchObject({ key: 'UNSCR-2270', regime: 'UN-SC1718' });
    expect(r.events).toHaveLength(2);
    expect(r.events[0]).toMatchObject({
      cameo: '036',
      root: '03',
      quad: 1,
      provenance: { source: 'user:good.jsonl', line: 7 },
    });
    expect(r.events[0]?.id).not.toBe(r.events[1]?.id);
  });
  it('reads CSV with a type column, quoted commas, lists and Kind:key references', () => {
    const r = parseUserRecords(fixture('good.csv'), 'good.csv', cameo);
    expect(r.leaders[0]).toMatchObject({ key: 'kim-jong-un', aliases: ['Kim Jong Un', 'Kim Jong-Un'] });
    expect(r.organizations[0]?.name).toBe('Korean Central News Agency, Pyongyang');
    expect(r.events[0]?.actor).toMatchObject({ kind: 'State', key: 'CHN' });
  });
  it('when records are bad, the parse returns nothing and names file, line and field of each', () => {
    let err: unknown;
    try {
      parseUserRecords(fixture('people.jsonl'), 'people.jsonl', cameo);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserRecordError);
    const msg = (err as Error).message;
    expect(msg).toContain('people.jsonl:3: cameo: expected a CAMEO code like "036", got "999"');
    expect(msg).toContain('people.jsonl:4: leads.0.state: expected an ISO 3166 alpha-3 code');
    expect(msg).toContain('people.jsonl:5: type:');
    expect(msg).toContain('people.jsonl:6: (line): not valid JSON');
    expect((err as UserRecordError).issues.map((i) => i.line)).toEqual([3, 4, 5, 6]);
  });
  it('when a CSV row is bad, the error names its line', () => {
    expect(() => parseUserRecords(fixture('bad.csv'), 'bad.csv', cameo)).toThrow(
      /bad\.csv:2: cameo:[\s\S]*bad\.csv:3: date:/,
    );
  });
});
