import type { GraphJson } from '../graph/types.ts';
import { dominantQuad } from '../graph/utils.ts';
import type { RelationRow } from './types.ts';
import { asText } from '../api/json.ts';

/** The node's relations in a graph, strongest first (summaries by event count, then everything else by type). */
export function relationRows(graph: GraphJson, key: string): RelationRow[] {
  const labels = new Map(graph.nodes.map((n) => [n.key, asText(n.attributes.label) ?? n.key]));
  const rows: RelationRow[] = [];
  for (const e of graph.edges) {
    if (e.source !== key && e.target !== key) continue;
    const other = e.source === key ? e.target : e.source;
    const count = typeof e.attributes.count === 'number' ? e.attributes.count : null;
    const type = asText(e.attributes.type) ?? 'RELATED';
    rows.push({
      other,
      otherLabel: labels.get(other) ?? other,
      type,
      direction: e.source === key ? 'out' : 'in',
      count,
      quad: type === 'DYAD' ? dominantQuad(e.attributes) : null,
    });
  }
  return rows.sort(
    (a, b) =>
      (b.count ?? 0) - (a.count ?? 0) || a.type.localeCompare(b.type) || a.otherLabel.localeCompare(b.otherLabel),
  );
}
