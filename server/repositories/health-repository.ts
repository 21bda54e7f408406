import type { Database } from '../neo4j/database.ts';

/**
 * Resolves when the database answers. No retries (unlike managed transactions), so a probe answers within
 * the connection timeout; the driver opens fresh connections, so this recovers as soon as Neo4j is back.
 */
export async function pingDatabase(db: Database): Promise<void> {
  await db.driver.getServerInfo({ database: db.name });
}
