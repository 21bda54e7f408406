// The shape /api/search answers with, shared with the server's repository.
export type { SearchHit } from '../../../common/search-hit.ts';
