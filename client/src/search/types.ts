// The shape /api/search answers with, as the server's repository defines it.
export type { SearchHit } from '../../../server/repositories/search-repository.ts';
