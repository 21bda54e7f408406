import type { Database } from '../neo4j/database.ts';
import { searchEntities as find, type SearchHit } from '../repositories/search-repository.ts';
import { luceneQuery } from './lucene-query.ts';

export interface SearchInput {
  q: string;
  types?: string[];
  limit: number;
}

/** Autocomplete over names and aliases ("DPRK" finds North Korea); text with nothing searchable finds nothing. */
export async function searchEntities(db: Database, input: SearchInput): Promise<{ items: SearchHit[] }> {
  const query = luceneQuery(input.q);
  if (query === null) return { items: [] };
  return { items: await find(db, { query, labels: input.types ?? null, limit: input.limit }) };
}
