import { readFileSync } from 'node:fs';
import path from 'node:path';
import countries from 'world-countries';
import { PROJECT_DATA_DIR } from '../../reference/load-reference-world.ts';
import { parseIcewsCountryNames } from '../../reference/icews-country-names.ts';
import { GDELT_COLUMNS, type DatasetFormat } from './detect-dataset-format.ts';

/** A data set row as a user event record (FORMAT.md), or why it is left out. */
export type RowOutcome =
  { record: Record<string, unknown> } | { skip: string } | { error: { field: string; message: string } };

const STATES = new Set((countries as unknown as { cca3: string }[]).map((c) => c.cca3));
let icewsNames: Map<string, string> | null = null;
/** ICEWS country names to ISO alpha-3, from the shipped data/cameo/icews_countrynames.txt. */
function icewsCountry(name: string): string | null {
  icewsNames ??= new Map(
    parseIcewsCountryNames(readFileSync(path.join(PROJECT_DATA_DIR, 'cameo', 'icews_countrynames.txt'), 'utf8'))
      .filter((n) => n.iso3)
      .map((n) => [n.name.toLowerCase(), n.iso3!]),
  );
  return icewsNames.get(name.trim().toLowerCase()) ?? null;
}
const state = (code: string) => (STATES.has(code) ? code : null);
const stateRef = (code: string, name?: string) => ({ kind: 'State', key: code, ...(name ? { name } : {}) });
const firstSector = (s: string | undefined) => s?.split(',')[0]?.trim() || undefined;

// PLOVER event types to the CAMEO code of the nearest family (root-level codes of the project's CAMEO table).
const PLOVER_TO_CAMEO: Record<string, string> = {
  AGREE: '057',
  CONSULT: '040',
  SUPPORT: '051',
  COOPERATE: '060',
  AID: '070',
  RETREAT: '080',
  CONCEDE: '080',
  REQUEST: '020',
  ACCUSE: '112',
  REJECT: '120',
  THREATEN: '130',
  PROTEST: '140',
  SANCTION: '163',
  MOBILIZE: '150',
  COERCE: '170',
  ASSAULT: '180',
  FIGHT: '190',
  DEMAND: '100',
  DISAPPROVE: '110',
  INVESTIGATE: '090',
};

const isoDate = (s: string) => (/^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : null);

/** Maps the fields of one row (by the header's column names, or by position for GDELT) to an event record. */
export function datasetRow(
  format: DatasetFormat,
  get: (col: string) => string | undefined,
  fields: string[],
): RowOutcome {
  if (format === 'gdelt') {
    if (fields.length !== GDELT_COLUMNS)
      return {
        error: { field: '(row)', message: `expected ${GDELT_COLUMNS} tab-separated fields, got ${fields.length}` },
      };
    const [id, sqlDate] = fields;
    const a = state(fields[7] ?? ''); // Actor1CountryCode
    const b = state(fields[17] ?? ''); // Actor2CountryCode
    if (!/^\d{8}$/.test(sqlDate ?? ''))
      return { error: { field: 'SQLDATE', message: `expected YYYYMMDD, got ${JSON.stringify(sqlDate)}` } };
    if (!a || !b || a === b) return { skip: 'no state on one side' };
    const date = `${sqlDate!.slice(0, 4)}-${sqlDate!.slice(4, 6)}-${sqlDate!.slice(6, 8)}`;
    return {
      record: { type: 'event', id: `gdelt-${id}`, actor: stateRef(a), target: stateRef(b), cameo: fields[26], date },
    };
  }
  if (format === 'icews') {
    const a = icewsCountry(get('Source Country') ?? '');
    const b = icewsCountry(get('Target Country') ?? '');
    const date = isoDate(get('Event Date') ?? '');
    if (!date)
      return {
        error: { field: 'Event Date', message: `expected YYYY-MM-DD, got ${JSON.stringify(get('Event Date'))}` },
      };
    if (!a || !b || a === b) return { skip: 'no state on one side' };
    return {
      record: {
        type: 'event',
        id: `icews-dv-${get('Event ID')}`,
        actor: stateRef(a),
        target: stateRef(b),
        cameo: (get('CAMEO Code') ?? '').padStart(3, '0'),
        date,
        actorSector: firstSector(get('Source Sectors')),
        targetSector: firstSector(get('Target Sectors')),
      },
    };
  }
  const a = state(get('Actor Country') ?? '');
  const b = state(get('Recipient Country') ?? '');
  const date = isoDate(get('Event Date') ?? '');
  if (!date)
    return { error: { field: 'Event Date', message: `expected YYYY-MM-DD, got ${JSON.stringify(get('Event Date'))}` } };
  const type = (get('Event Type') ?? '').trim().toUpperCase();
  const cameo = PLOVER_TO_CAMEO[type];
  if (!cameo)
    return type === 'OTHER'
      ? { skip: 'PLOVER type OTHER' }
      : { error: { field: 'Event Type', message: `expected a PLOVER event type, got ${JSON.stringify(type)}` } };
  if (!a || !b || a === b) return { skip: 'no state on one side' };
  return {
    record: {
      type: 'event',
      id: `polecat-${get('Event ID')}`,
      actor: stateRef(a),
      target: stateRef(b),
      cameo,
      date,
      label: `PLOVER ${type}`,
    },
  };
}
