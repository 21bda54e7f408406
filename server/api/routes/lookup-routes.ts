import { z } from 'zod';
import { getLeader } from '../../use-cases/get-leader.ts';
import { getOrganization } from '../../use-cases/get-organization.ts';
import { getPerson } from '../../use-cases/get-person.ts';
import { listStateOfficials } from '../../use-cases/list-state-officials.ts';
import { getState } from '../../use-cases/get-state.ts';
import { listStates } from '../../use-cases/list-states.ts';
import { searchEntities } from '../../use-cases/search-entities.ts';
import { cursorOf, isoDate, text, key, limit, searchKinds, stateCode } from '../input-schemas.ts';
import { route } from '../route-def.ts';
import { keyCursor } from '../../use-cases/cursor.ts';

export const lookupRoutes = [
  route({
    id: 'search',
    method: 'get',
    path: '/api/search',
    tag: 'lookups',
    summary: 'Search states, leaders, organizations and sanctions by name or alias',
    description:
      'Full text over names and aliases ("DPRK" finds North Korea); every word must match, the last one also as a prefix, for autocomplete.',
    query: z.object({
      q: text(1, 200).describe('what the user typed'),
      types: searchKinds.optional(),
      limit: limit(10, 50),
    }),
    responses: { 200: 'matches, best first' },
    returns: 'SearchResult',
    handle: ({ query }, { db }) => searchEntities(db, query),
  }),
  route({
    id: 'listStates',
    method: 'get',
    path: '/api/states',
    tag: 'lookups',
    summary: 'List states by code',
    query: z.object({
      region: text(0, 60).optional().describe('e.g. Asia'),
      limit: limit(250, 250),
      cursor: cursorOf(keyCursor),
    }),
    responses: { 200: 'a page of states' },
    returns: 'Page',
    handle: ({ query }, { db }) => listStates(db, query),
  }),
  route({
    id: 'getState',
    method: 'get',
    path: '/api/states/:code',
    tag: 'lookups',
    summary: 'One state with its current and past leaders, borders and memberships',
    params: z.object({ code: stateCode }),
    responses: { 200: 'the state', 404: 'no state with that code' },
    returns: 'StateDetail',
    handle: ({ params }, { db }) => getState(db, params.code),
  }),
  route({
    id: 'getLeader',
    method: 'get',
    path: '/api/leaders/:id',
    tag: 'lookups',
    summary: 'One leader with every office held and the messages sent and received',
    params: z.object({ id: key('leader key, e.g. kim-jong-un') }),
    responses: { 200: 'the leader', 404: 'no leader with that id' },
    returns: 'Object',
    handle: ({ params }, { db }) => getLeader(db, params.id),
  }),
  route({
    id: 'getPerson',
    method: 'get',
    path: '/api/people/:id',
    tag: 'lookups',
    summary: 'One person with every office of a state or body held, with dates',
    description: 'The id is the person key (kim-jong-un) or any of their alias keys (kim-jong-un, zelensky).',
    params: z.object({ id: key('person key or alias key, e.g. jens-stoltenberg') }),
    responses: { 200: 'the person', 404: 'no person with that id' },
    returns: 'Object',
    handle: ({ params }, { db }) => getPerson(db, params.id),
  }),
  route({
    id: 'listStateOfficials',
    method: 'get',
    path: '/api/states/:code/officials',
    tag: 'lookups',
    summary: "Who held which of a state's offices on a day, by role",
    description:
      'Heads of state and government, deputies, ministers (with portfolio), spokespeople, envoys (with posting) on the date.',
    params: z.object({ code: stateCode }),
    query: z.object({
      date: isoDate.optional().describe('the day, YYYY-MM-DD (YYYY or YYYY-MM mean the first day); today by default'),
    }),
    responses: { 200: 'the officials by role', 404: 'no state with that code' },
    returns: 'Object',
    handle: ({ params, query }, { db }) => listStateOfficials(db, params.code, query.date),
  }),
  route({
    id: 'getOrganization',
    method: 'get',
    path: '/api/organizations/:key',
    tag: 'lookups',
    summary:
      'One organization with its home state, parent body, parts, member states, sanctions imposed and messages reported',
    params: z.object({ key: key('organization key, e.g. UNSC or KCNA') }),
    responses: { 200: 'the organization', 404: 'no organization with that key' },
    returns: 'Object',
    handle: ({ params }, { db }) => getOrganization(db, params.key),
  }),
];
