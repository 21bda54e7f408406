// One gazetteer for all extraction tests, built from the hand-written leader fixture.
import { buildGazetteer, type Gazetteer } from '../../../server/extract/build-gazetteer.ts';
import { loadGazetteerSources } from '../../../server/extract/load-gazetteer-sources.ts';
import { LEADER_SPANS } from '../../fixtures/leaders-fixture.ts';

let cached: Gazetteer | null = null;
export function testGazetteer(): Gazetteer {
  cached ??= buildGazetteer(loadGazetteerSources(LEADER_SPANS));
  return cached;
}
