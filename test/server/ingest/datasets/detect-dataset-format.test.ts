import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../../server/config/paths.ts';
import { datasetRow } from '../../../../server/ingest/datasets/dataset-rows.ts';
import { detectDatasetFormat } from '../../../../server/ingest/datasets/detect-dataset-format.ts';
import { loadCameoCodes } from '../../../../server/reference/cameo.ts';
import { stateEvent } from '../../../support/state-event.ts';

const first = (f: string) =>
  readFileSync(path.join(projectRoot, 'test', 'fixtures', 'datasets', f), 'utf8').split('\n')[0]!;

describe('telling data set files by their first line', () => {
  it('recognises ICEWS (Dataverse) and POLECAT by their headers and a GDELT 2.0 export by its 61 fields', () => {
    expect(detectDatasetFormat(first('icews-dataverse.tab'))).toBe('icews');
    expect(detectDatasetFormat(first('polecat.tsv'))).toBe('polecat');
    expect(detectDatasetFormat(first('gdelt-2.0.export.CSV'))).toBe('gdelt');
  });

  it('leaves record files, articles and other tables alone', () => {
    expect(detectDatasetFormat('type,key,name,state,actor,target,cameo,date')).toBeNull();
    expect(detectDatasetFormat('{"type":"event"}')).toBeNull();
    expect(detectDatasetFormat('China Says Ready to Work with North Korea')).toBeNull();
    expect(detectDatasetFormat(Array(61).fill('x').join('\t'))).toBeNull();
  });
});

describe('a data set row as a state-to-state event record', () => {
  it('maps a GDELT row by position: actor country codes, EventCode and SQLDATE', () => {
    const fields = first('gdelt-2.0.export.CSV').split('\t');
    expect(datasetRow('gdelt', () => undefined, fields)).toEqual({
      record: { ...stateEvent('CHN', 'PRK', '042', '2033-01-15'), id: 'gdelt-1090000001' },
    });
    expect(datasetRow('gdelt', () => undefined, fields.slice(0, 60))).toEqual({
      error: { field: '(row)', message: 'expected 61 tab-separated fields, got 60' },
    });
  });

  it('maps every PLOVER type the loader knows to a code of the CAMEO table', () => {
    const codes = new Set(loadCameoCodes().map((c) => c.code));
    for (const type of [
      'AGREE',
      'CONSULT',
      'SUPPORT',
      'COOPERATE',
      'AID',
      'RETREAT',
      'CONCEDE',
      'REQUEST',
      'ACCUSE',
      'REJECT',
      'THREATEN',
      'PROTEST',
      'SANCTION',
      'MOBILIZE',
      'COERCE',
      'ASSAULT',
      'FIGHT',
      'DEMAND',
      'DISAPPROVE',
      'INVESTIGATE',
    ]) {
      const cols: Record<string, string> = {
        'Event ID': 'x',
        'Event Date': '2033-01-01',
        'Event Type': type,
        'Actor Country': 'FRA',
        'Recipient Country': 'DEU',
      };
      const out = datasetRow('polecat', (c) => cols[c], []);
      expect('record' in out && codes.has(String(out.record.cameo))).toBe(true);
    }
  });

  it('names the field of a malformed ICEWS date', () => {
    const cols: Record<string, string> = {
      'Event Date': '10/01/2033',
      'Source Country': 'China',
      'Target Country': 'Japan',
    };
    expect(datasetRow('icews', (c) => cols[c], [])).toEqual({
      error: { field: 'Event Date', message: 'expected YYYY-MM-DD, got "10/01/2033"' },
    });
  });
});
