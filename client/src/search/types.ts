// The shape /api/search answers with, shared with the server's repository.
export type { SearchHit } from '../../../shared/search-hit.ts';
