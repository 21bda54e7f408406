/** One answer of GET /api/search, as the server's search repository returns it and the page shows it. */
export interface SearchHit {
  uid: string;
  kind: string;
  key: string;
  name: string;
  score: number;
  detail: string | null;
}
