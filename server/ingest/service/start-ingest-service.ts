import type { Database } from '../../neo4j/database.ts';
import { createIngestService, type IngestService } from './ingest-service.ts';
import { readServiceConfig } from './service-config.ts';

/** Starts the ingest service unless STATEGRAPH_INGEST=off (when a separate `stategraph serve` worker runs it). */
export async function startIngestService(db: Database, log: (m: string) => void): Promise<IngestService | null> {
  const cfg = readServiceConfig();
  if (!cfg.enabled) return null;
  const service = createIngestService(db, cfg, log);
  await service.start();
  log(`ingest service: inbox ${cfg.inboxDir}, sources file ${cfg.sourcesFile}, every ${cfg.tickMs} ms`);
  return service;
}
