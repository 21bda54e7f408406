import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../server/neo4j/database.ts';
import { runNamed } from '../../server/neo4j/run-named.ts';
import type { ServiceConfig } from '../../server/ingest/service/service-config.ts';

/** A service configuration for tests: a fresh inbox, no sources file, short timeouts. */
export function testServiceConfig(over: Partial<ServiceConfig> = {}): ServiceConfig {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'stategraph-ingest-'));
  return {
    enabled: true,
    sourcesFile: path.join(dir, 'sources.json'),
    inboxDir: path.join(dir, 'inbox'),
    tickMs: 100,
    fetchTimeoutMs: 1000,
    maxFeedBytes: 1024 * 1024,
    maxBackoffMs: 60_000,
    ...over,
  };
}

/** Removes the service's records and the documents tests ingested (key prefix), with the facts only they support. */
export async function clearIngestState(db: Database, docPrefixes: string[] = ['doc:feed:']): Promise<void> {
  await db.write('MATCH (n) WHERE n:IngestJob OR n:IngestSource OR n:FeedItem DETACH DELETE n');
  for (const prefix of docPrefixes) {
    // Facts only test documents support go with them (one statement per step, so no row sees another's deletion).
    await db.write(
      `MATCH (x)-[:FROM]->(s:Source) WHERE (x:Event OR x:Message) AND s.key STARTS WITH $prefix
         AND NOT EXISTS { (x)-[:FROM]->(o:Source) WHERE NOT o.key STARTS WITH $prefix }
       DETACH DELETE x`,
      { prefix },
    );
    await db.write('MATCH (s:Source) WHERE s.key STARTS WITH $prefix DETACH DELETE s', { prefix });
  }
  await db.write('MATCH (st:Story) WHERE NOT EXISTS { (:Source)-[:REPORTS]->(st) } DETACH DELETE st');
  await db.write('MATCH (b:StoryBand) WHERE NOT EXISTS { (:Story)-[:IN_BAND]->(b) } DELETE b');
  await runNamed(db, 'ingest/rebuild-dyads'); // the network must not count the facts removed here
}
