// Gazetteers for the extraction tests: the hand-written leader fixture, and the
// product's own from the shipped reference data (about a second to build).
import { buildGazetteer, type Gazetteer } from '../../../server/extract/build-gazetteer.ts';
import { extractDocument } from '../../../server/extract/extract-document.ts';
import { loadGazetteerSources } from '../../../server/extract/load-gazetteer-sources.ts';
import { gazetteerFromReference } from '../../../server/ingest/documents/load-gazetteer.ts';
import { LEADER_SPANS } from '../../fixtures/leaders-fixture.ts';

let cached: Gazetteer | null = null;
export function testGazetteer(): Gazetteer {
  cached ??= buildGazetteer(loadGazetteerSources(LEADER_SPANS));
  return cached;
}

let reference: Promise<Gazetteer> | null = null;
export function referenceGazetteer(): Promise<Gazetteer> {
  reference ??= gazetteerFromReference();
  return reference;
}

export interface CodeOptions {
  date?: string;
  speaker?: string;
  title?: string;
}

/**
 * The relations a text gives, as "SOURCE ROOT TARGET" strings (sorted unless asked not to), with the fixture
 * gazetteer and a default article date; the second argument is a speaker's name or the options.
 */
export function coder(
  defaultDate: string,
  opts: { sort?: boolean } = {},
): (text: string, extra?: string | CodeOptions) => string[] {
  return (text, extra = {}) => {
    const e: CodeOptions = typeof extra === 'string' ? { speaker: extra } : extra;
    const input = {
      text,
      date: e.date ?? defaultDate,
      ...(e.speaker ? { speaker: e.speaker } : {}),
      ...(e.title ? { title: e.title } : {}),
    };
    const triples = extractDocument(input, testGazetteer()).relations.map(
      (r) => `${r.source.key} ${r.root} ${r.target.key}`,
    );
    return opts.sort === false ? triples : triples.sort();
  };
}
