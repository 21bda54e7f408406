// What `stategraph extract <file>… --json` prints: one JSON object per document.
// A document that cannot be extracted gives an {"error": …} line instead of stopping the rest.
import type { Gazetteer } from './build-gazetteer.ts';
import { ExtractError } from './errors.ts';
import { extractDocument } from './extract-document.ts';
import type { DocumentInput, Extraction } from './types.ts';

export interface ExtractFailure {
  index: number;
  id: string | null;
  error: { code: string; message: string };
}

export type ExtractOutcome = { ok: true; extraction: Extraction } | { ok: false; failure: ExtractFailure };

/** Extracts each input, keeping typed errors per document; other errors (bugs) are rethrown. */
export function extractMany(inputs: readonly DocumentInput[], gaz: Gazetteer): ExtractOutcome[] {
  return inputs.map((input, index) => {
    try {
      return { ok: true, extraction: extractDocument(input, gaz) };
    } catch (e) {
      if (!(e instanceof ExtractError)) throw e;
      return { ok: false, failure: { index, id: input?.id ?? null, error: { code: e.code, message: e.message } } };
    }
  });
}

export interface JsonLinesOptions {
  /** Include the normalised document text (needed to store evidence for highlighting). Default true. */
  includeText?: boolean;
}

/** One JSON string per input document, in input order. */
export function extractToJsonLines(
  inputs: readonly DocumentInput[],
  gaz: Gazetteer,
  opts: JsonLinesOptions = {},
): string[] {
  return extractMany(inputs, gaz).map((o) => {
    if (!o.ok) return JSON.stringify(o.failure);
    if (opts.includeText === false) {
      const { text: _text, ...document } = o.extraction.document;
      return JSON.stringify({ ...o.extraction, document });
    }
    return JSON.stringify(o.extraction);
  });
}
