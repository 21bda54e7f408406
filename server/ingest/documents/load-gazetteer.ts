import { buildGazetteer, type Gazetteer } from '../../extract/build-gazetteer.ts';
import { leaderSpansFromRecords } from '../../extract/leader-spans-from-records.ts';
import { loadGazetteerSources } from '../../extract/load-gazetteer-sources.ts';
import type { LeaderSpan } from '../../extract/types.ts';
import type { OrganizationRecord } from '../../model/types.ts';
import type { Database } from '../../neo4j/database.ts';
import { runNamed } from '../../neo4j/run-named.ts';
import { buildReferenceContext } from '../../reference/reference-context.ts';
import { PROJECT_DATA_DIR } from '../../reference/load-reference-world.ts';

const withoutNulls = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null)) as T;

/** The gazetteer of what the graph holds: its leaders' LEADS spans and its organizations. */
export async function gazetteerFromGraph(db: Database): Promise<Gazetteer> {
  const [spans, organizations] = await Promise.all([
    runNamed<LeaderSpan & Record<string, unknown>>(db, 'documents/list-leader-spans'),
    runNamed<OrganizationRecord & Record<string, unknown>>(db, 'documents/list-organizations'),
  ]);
  return buildGazetteer({ ...loadGazetteerSources(spans), organizations: organizations.map(withoutNulls) });
}

/** The same from the shipped reference files, for `extract`, which never touches a database. */
export async function gazetteerFromReference(dataDir = PROJECT_DATA_DIR): Promise<Gazetteer> {
  const ctx = await buildReferenceContext(dataDir);
  const spans = leaderSpansFromRecords(ctx.leaders.leaders, ctx.leaders.leads);
  return buildGazetteer({ ...loadGazetteerSources(spans, undefined), organizations: ctx.organizations, cameo: ctx.cameo });
}
