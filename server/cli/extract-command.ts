import { readFileSync } from 'node:fs';
import { extractToJsonLines } from '../extract/extract-to-json-lines.ts';
import { readDocumentInputs } from '../extract/read-document-inputs.ts';
import { gazetteerFromReference } from '../ingest/documents/load-gazetteer.ts';
import { listInputFiles } from '../ingest/list-input-files.ts';
import { terminalSafe } from './terminal-safe.ts';

/** `extract <file>… --json`: what ingest would store, one JSON object per document, without a database. */
export async function runExtract(args: string[]): Promise<number> {
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json');
  if (files.length === 0 || unknown.length > 0) {
    console.error(
      `usage: stategraph extract <file or folder>… --json${unknown.length ? ` (unknown option ${unknown.join(' ')})` : ''}`,
    );
    return 1;
  }
  const gazetteer = await gazetteerFromReference();
  let failed = 0;
  for (const file of files.flatMap(listInputFiles)) {
    for (const line of extractToJsonLines(readDocumentInputs(file, readFileSync(file, 'utf8')), gazetteer)) {
      if (line.startsWith('{"index"')) failed++;
      // JSON leaves C1 controls and bidi overrides raw; as \u escapes the line is the same JSON and safe on a terminal.
      process.stdout.write(`${terminalSafe(line)}\n`);
    }
  }
  if (failed > 0)
    console.error(`stategraph extract: ${failed} document(s) could not be extracted; see their {"error": …} lines`);
  return failed > 0 ? 2 : 0;
}
