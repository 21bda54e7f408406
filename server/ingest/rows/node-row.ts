import { rowHash } from '../row-hash.ts';

export interface NodeRow {
  key: string;
  hash: string;
  props: Record<string, unknown>;
}

/** Drops undefined values (Neo4j has no such thing) and adds the text the full-text index searches. */
export function nodeRow(key: string, props: Record<string, unknown>, names: readonly string[] = []): NodeRow {
  const clean: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (v !== undefined && v !== null) clean[k] = v;
  if (names.length > 0) clean.searchText = [...new Set(names.filter(Boolean))].join(' | ');
  return { key, hash: rowHash(clean), props: clean };
}
