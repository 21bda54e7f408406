/**
 * Relationship types between two entities: the ingest writer creates them and a neighbourhood follows them. The
 * writer's own list and the neighbourhood's are built from this one, so a type added here is both written and read.
 */
export const ENTITY_RELATIONS = [
  'BORDERS',
  'LEADS',
  'MEMBER_OF',
  'BELONGS_TO',
  'PART_OF',
  'IMPOSED',
  'TARGETS',
  'AMENDS',
  'APPROVED',
  'SENT',
  'ADDRESSED_TO',
  'REPORTED',
  'REPLIES_TO',
  'HOSTED',
] as const;
