import type { GraphJson } from '../graph/types.ts';

export interface CypherResult {
  columns: string[];
  rows: unknown[][];
  rowCount: number;
  capped: boolean;
  rowCap: number;
  ms: number;
  graph: GraphJson | null;
}
