import type { Database } from '../neo4j/database.ts';
import { runNamed } from '../neo4j/run-named.ts';

export interface GraphStats {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function readStats(db: Database): Promise<GraphStats> {
  const [nodes, rels] = await Promise.all([
    runNamed<{ label: string; count: number }>(db, 'stats/count-nodes'),
    runNamed<{ type: string; count: number }>(db, 'stats/count-relationships'),
  ]);
  return {
    nodes: Object.fromEntries(nodes.map((r) => [r.label, r.count])),
    relationships: Object.fromEntries(rels.map((r) => [r.type, r.count])),
  };
}
