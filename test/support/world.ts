import path from 'node:path';
import { projectRoot } from '../../server/config/paths.ts';
import type { Database } from '../../server/neo4j/database.ts';
import { ingestPaths } from '../../server/ingest/ingest-paths.ts';
import { silentProgress } from '../../server/ingest/progress.ts';
import { writeWorld } from '../../server/ingest/write-world.ts';
import { loadReferenceWorld } from '../../server/reference/load-reference-world.ts';

/** The seed article, kept as a fixture so tests need nothing outside the repository (see its README). */
export const SEED_ARTICLE = path.join(projectRoot, 'test', 'fixtures', 'seed', 'article.txt');

/** Loads the bundled reference world unless the graph already holds it; tests that empty the graph call it to restore. */
export async function ensureReferenceWorld(db: Database): Promise<void> {
  const [row] = await db.read<{ states: number; events: number }>(
    'CALL { MATCH (s:State) RETURN count(s) AS states } CALL { MATCH (e:Event) RETURN count(e) AS events } RETURN states, events',
  );
  if ((row?.states ?? 0) >= 250 && (row?.events ?? 0) > 100_000) return;
  await writeWorld(db, await loadReferenceWorld());
}

/** The reference world plus the seed article, as most API and page tests expect the graph. */
export async function ensureSeedArticle(db: Database): Promise<void> {
  await ensureReferenceWorld(db);
  await ingestPaths(db, [SEED_ARTICLE], silentProgress, () => {});
}
