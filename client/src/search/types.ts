export interface SearchHit {
  uid: string;
  kind: string;
  key: string;
  name: string;
  score: number;
  detail: string | null;
}
