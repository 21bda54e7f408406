import type { Database } from '../neo4j/database.ts';
import { pingDatabase } from '../repositories/health-repository.ts';
import { AppError } from './app-error.ts';

export async function checkReadiness(db: Database): Promise<{ status: 'ready'; database: string }> {
  try {
    await pingDatabase(db);
  } catch {
    throw new AppError(503, 'database_unavailable', `Neo4j (database "${db.name}") does not answer`);
  }
  return { status: 'ready', database: db.name };
}
