// Public API of the text-extraction pipeline.
export { buildGazetteer, surnamesOf, type Gazetteer, type GazetteerSources } from './build-gazetteer.ts';
export { loadGazetteerSources } from './load-gazetteer-sources.ts';
export {
  statesFromWorldCountries,
  EXTRA_STATE_ALIASES,
  type GazetteerState,
  type CountryLike,
} from './states-from-world-countries.ts';
export { leaderSpansFromRecords } from './leader-spans-from-records.ts';
export { parseCameoCodes } from '../reference/cameo.ts';
export { extractDocument } from './extract-document.ts';
export { extractMany, extractToJsonLines, type ExtractOutcome, type ExtractFailure } from './extract-to-json-lines.ts';
export { readDocumentInputs, toDocumentInput, stripMarkdown } from './read-document-inputs.ts';
export { stripHtml } from './strip-html.ts';
export { leaderKey } from '../reference/leader-key.ts';
export { splitSentences } from './split-sentences.ts';
export { UN_RESOLUTIONS } from './extract-sanctions.ts';
export * from './errors.ts';
export type * from './types.ts';
