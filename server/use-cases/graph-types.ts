/** Relationship types a neighbourhood may follow; FROM and MENTIONS lead to sources, not relations, and are left out. */
export const relationTypes = [
  'DYAD',
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
  'INITIATED',
  'DIRECTED_AT',
] as const;

/** Edge kinds of the state network: summaries of events, messages and sanctions between states, and borders. */
export const networkTypes = ['DYAD', 'MESSAGE', 'SANCTION', 'BORDERS'] as const;

export const graphTypes = [...new Set([...relationTypes, ...networkTypes])];

/** A neighbourhood follows everything but single events by default: a busy state has thousands. */
export const defaultNeighbourhoodTypes = relationTypes.filter((t) => t !== 'INITIATED' && t !== 'DIRECTED_AT');
export const defaultNetworkTypes = ['DYAD', 'MESSAGE', 'SANCTION'];
