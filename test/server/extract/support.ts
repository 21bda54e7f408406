// Gazetteers for the extraction tests: the hand-written leader fixture, and the
// product's own from the shipped reference data (about a second to build).
import { buildGazetteer, type Gazetteer } from '../../../server/extract/build-gazetteer.ts';
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
