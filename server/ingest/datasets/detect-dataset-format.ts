export type DatasetFormat = 'icews' | 'gdelt' | 'polecat';

/** Columns each format's header must have (ICEWS and POLECAT as on Dataverse); GDELT 2.0 exports have no header. */
const ICEWS_COLUMNS = [
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Sectors',
  'Source Country',
  'Event Text',
  'CAMEO Code',
  'Intensity',
  'Target Name',
  'Target Sectors',
  'Target Country',
];
const POLECAT_COLUMNS = [
  'Event ID',
  'Event Date',
  'Event Type',
  'Event Intensity',
  'Actor Name',
  'Actor Country',
  'Recipient Name',
  'Recipient Country',
];
export const GDELT_COLUMNS = 61;

/**
 * Tells a data set file by its first line: ICEWS and POLECAT by their header columns (tab-separated), a GDELT 2.0
 * event export by its 61 tab-separated fields starting with a numeric GLOBALEVENTID and an 8-digit SQLDATE.
 */
export function detectDatasetFormat(firstLine: string): DatasetFormat | null {
  const fields = firstLine
    .replace(/\r$/, '')
    .split('\t')
    .map((f) => f.trim());
  const has = (cols: string[]) => cols.every((c) => fields.includes(c));
  if (has(ICEWS_COLUMNS)) return 'icews';
  if (has(POLECAT_COLUMNS)) return 'polecat';
  if (fields.length === GDELT_COLUMNS && /^\d+$/.test(fields[0]!) && /^\d{8}$/.test(fields[1]!)) return 'gdelt';
  return null;
}
