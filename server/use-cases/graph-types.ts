import { ENTITY_RELATIONS } from '../model/entity-relations.ts';

/** Relationship types a neighbourhood may follow; FROM and MENTIONS lead to sources, not relations, and are left out. */
const relationTypes = ['DYAD', ...ENTITY_RELATIONS, 'INITIATED', 'DIRECTED_AT'] as const;

/** Edge kinds of the state network: summaries of events, messages and sanctions between states, and borders. */
const networkTypes = ['DYAD', 'MESSAGE', 'SANCTION', 'BORDERS'] as const;

export const graphTypes = [...new Set([...relationTypes, ...networkTypes])];

/** A neighbourhood follows everything but single events by default: a busy state has thousands. */
export const defaultNeighbourhoodTypes = relationTypes.filter((t) => t !== 'INITIATED' && t !== 'DIRECTED_AT');
export const defaultNetworkTypes = ['DYAD', 'MESSAGE', 'SANCTION'];
