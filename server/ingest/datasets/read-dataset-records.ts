import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { RawRecord } from '../streaming/read-raw-records.ts';
import type { RecordIssue } from '../user-records/user-record-error.ts';
import { datasetRow } from './dataset-rows.ts';
import type { DatasetFormat } from './detect-dataset-format.ts';

/** Rows left out because no state stands on one side (or PLOVER says OTHER), by reason. */
export type SkipCounts = Map<string, number>;

/**
 * Reads a tab-separated data set file line by line and yields each row as a user event record, so the streaming
 * loader validates and writes it like any record file; rows that cannot be state-to-state are counted as skipped.
 */
export function datasetReader(format: DatasetFormat, skipped: SkipCounts) {
  return async function* read(file: string, name: string, issues: RecordIssue[]): AsyncGenerator<RawRecord> {
    const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    let header: Map<string, number> | null = null;
    let line = 0;
    for await (const raw of lines) {
      line++;
      if (!raw.trim()) continue;
      const fields = raw.split('\t');
      if (format !== 'gdelt' && !header) {
        header = new Map(fields.map((f, i) => [f.trim().replace(/^\uFEFF/, ''), i]));
        continue;
      }
      const get = (col: string) => {
        const i = header?.get(col);
        return i === undefined ? undefined : fields[i]?.trim();
      };
      const out = datasetRow(format, get, fields);
      if ('record' in out) yield { line, value: out.record };
      else if ('skip' in out) skipped.set(out.skip, (skipped.get(out.skip) ?? 0) + 1);
      else issues.push({ file: name, line, ...out.error });
    }
  };
}
