import type { ENTITY_RELATIONS } from '../../model/entity-relations.ts';
import { rowHash } from '../row-hash.ts';

/**
 * Relationship types the writer may create; the type reaches Cypher from this union only. Besides the relations between
 * entities: HOLDS (a person's office, read by the person and officials queries) and MENTIONS (a source naming an entity).
 */
export type LinkType = (typeof ENTITY_RELATIONS)[number] | 'HOLDS' | 'MENTIONS';

export interface LinkRow {
  from: string;
  to: string;
  key: string;
  hash: string;
  props: Record<string, unknown>;
}

export function linkRow(from: string, to: string, key: string, props: Record<string, unknown> = {}): LinkRow {
  const clean = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined && v !== null));
  return { from, to, key, hash: rowHash(clean), props: clean };
}
