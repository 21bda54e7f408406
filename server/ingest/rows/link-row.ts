import { rowHash } from '../row-hash.ts';

/** Relationship types the writer may create; the type reaches Cypher from this list only. */
export const LINK_TYPES = [
  'LEADS',
  'HOLDS',
  'BORDERS',
  'BELONGS_TO',
  'PART_OF',
  'MEMBER_OF',
  'IMPOSED',
  'TARGETS',
  'AMENDS',
  'APPROVED',
  'SENT',
  'ADDRESSED_TO',
  'REPORTED',
  'REPLIES_TO',
  'HOSTED',
  'MENTIONS',
] as const;
export type LinkType = (typeof LINK_TYPES)[number];

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
