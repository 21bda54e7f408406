import { buildGazetteer, type Gazetteer } from '../../extract/build-gazetteer.ts';
import { leaderSpansFromRecords } from '../../extract/leader-spans-from-records.ts';
import { loadGazetteerSources } from '../../extract/load-gazetteer-sources.ts';
import type { LeaderSpan } from '../../extract/types.ts';
import type { OfficeSpan } from '../../extract/people/office-span.ts';
import { officeSpansFromRecords } from '../../extract/people/office-spans-from-records.ts';
import type { OrganizationRecord } from '../../model/types.ts';
import type { Database } from '../../neo4j/database.ts';
import { runNamed } from '../../neo4j/run-named.ts';
import { buildReferenceContext } from '../../reference/reference-context.ts';
import { PROJECT_DATA_DIR } from '../../reference/load-reference-world.ts';

const withoutNulls = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null)) as T;

/** The gazetteer of what the graph holds: its leaders' LEADS spans and its organizations. */
export async function gazetteerFromGraph(db: Database): Promise<Gazetteer> {
  const [spans, organizations, offices] = await Promise.all([
    runNamed<LeaderSpan & Record<string, unknown>>(db, 'documents/list-leader-spans'),
    runNamed<OrganizationRecord & Record<string, unknown>>(db, 'documents/list-organizations'),
    runNamed<OfficeSpan & Record<string, unknown>>(db, 'documents/list-office-spans'),
  ]);
  return buildGazetteer({ ...loadGazetteerSources(spans), organizations: organizations.map(withoutNulls), offices });
}

/** The same from the shipped reference files, for `extract`, which never touches a database. */
export async function gazetteerFromReference(dataDir = PROJECT_DATA_DIR): Promise<Gazetteer> {
  const ctx = await buildReferenceContext(dataDir);
  const spans = leaderSpansFromRecords(ctx.leaders.leaders, ctx.leaders.leads);
  const offices = officeSpansFromRecords(ctx.leaders.leaders, ctx.leaders.holds);
  return buildGazetteer({
    ...loadGazetteerSources(spans, undefined),
    organizations: ctx.organizations,
    cameo: ctx.cameo,
    offices,
  });
}
