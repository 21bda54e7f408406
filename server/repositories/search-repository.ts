import type { Database } from '../neo4j/database.ts';
import { runNamed } from '../neo4j/run-named.ts';
import { int } from './integer-params.ts';
import type { SearchHit } from '../../common/search-hit.ts';

export type { SearchHit };

export const searchEntities = (
  db: Database,
  p: { query: string; labels: string[] | null; limit: number },
): Promise<SearchHit[]> => runNamed<SearchHit>(db, 'search/search-entities', { ...p, limit: int(p.limit) });
