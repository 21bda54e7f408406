import { z } from 'zod';
import { getDyad } from '../../use-cases/get-dyad.ts';
import { getSanction } from '../../use-cases/get-sanction.ts';
import { getSource } from '../../use-cases/get-source.ts';
import { listEvents } from '../../use-cases/list-events.ts';
import { listMessages } from '../../use-cases/list-messages.ts';
import { listSanctions } from '../../use-cases/list-sanctions.ts';
import {
  cameoType,
  cursorOf,
  direction,
  isoDate,
  key,
  limit,
  quad,
  stateCode,
  text,
  wholeNumber,
} from '../input-schemas.ts';
import { route } from '../route-def.ts';
import { dateIdCursor, keyCursor, offsetCursor } from '../../use-cases/cursor.ts';

const period = { since: isoDate.optional(), until: isoDate.optional() };
const corroboration = {
  minSources: wholeNumber(1, 1000).optional().describe('only events at least this many distinct publishers report'),
  independentOnly: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('count only publishers that are not state media of a party to the event (alone: at least one)'),
};
/** What both event lists filter on, and their pages. */
const eventFilters = {
  type: cameoType.optional(),
  quad: quad.optional(),
  ...period,
  ...corroboration,
  limit: limit(50, 500),
  cursor: cursorOf(dateIdCursor),
};

export const relationRoutes = [
  route({
    id: 'listStateRelations',
    method: 'get',
    path: '/api/states/:code/relations',
    tag: 'relations',
    summary: "A state's events (as actor or target), newest first, with CAMEO coding and evidence",
    params: z.object({ code: stateCode }),
    query: z.object({
      direction,
      with: stateCode.optional().describe('only events with this other state'),
      ...eventFilters,
    }),
    responses: { 200: 'a page of events', 404: 'no state with that code' },
    returns: 'Page',
    // Pages change only when the graph does: kept until its next write, so a crowd asking for them costs few queries.
    cacheKey: ({ params, query }) => JSON.stringify([params, query]),
    handle: ({ params, query }, { db }) => listEvents(db, { ...query, code: params.code, other: query.with }),
  }),
  route({
    id: 'getDyad',
    method: 'get',
    path: '/api/dyads/:a/:b',
    tag: 'relations',
    summary:
      'Everything between two states: events by month and quad class, a page of events, messages and sanctions, each with its evidence',
    params: z.object({ a: stateCode, b: stateCode }),
    query: z.object({
      ...period,
      limit: limit(50, 500),
      cursor: cursorOf(dateIdCursor).describe('nextCursor of the previous page of events'),
    }),
    rateLimit: 'expensive',
    responses: { 200: 'the pair', 400: 'the same state twice', 404: 'no state with that code' },
    returns: 'Dyad',
    cacheKey: ({ params, query }) => JSON.stringify([params, query]),
    handle: ({ params, query }, { db }) => getDyad(db, { ...params, ...query }),
  }),
  route({
    id: 'listEvents',
    method: 'get',
    path: '/api/events',
    tag: 'relations',
    summary: 'Events newest first, by actor state, target state, CAMEO code, quad class and period',
    query: z.object({
      actor: stateCode.optional(),
      target: stateCode.optional(),
      ...eventFilters,
    }),
    responses: { 200: 'a page of events', 404: 'no state with that code' },
    returns: 'Page',
    handle: ({ query }, { db }) => {
      const { actor, target, ...rest } = query;
      if (actor) return listEvents(db, { ...rest, code: actor, other: target, direction: 'out' });
      return listEvents(db, { ...rest, code: target, direction: target ? 'in' : 'both' });
    },
  }),
  route({
    id: 'listMessages',
    method: 'get',
    path: '/api/messages',
    tag: 'relations',
    summary:
      'Messages (letters, calls, verbal messages, replies) from one state to another, with quotes and evidence sentences',
    query: z.object({
      from: stateCode.optional(),
      to: stateCode.optional(),
      ...period,
      limit: limit(50, 500),
      cursor: cursorOf(dateIdCursor),
    }),
    responses: { 200: 'a page of messages' },
    returns: 'Page',
    handle: ({ query }, { db }) => listMessages(db, query),
  }),
  route({
    id: 'listSanctions',
    method: 'get',
    path: '/api/sanctions',
    tag: 'relations',
    summary: 'Sanctions regimes and resolutions, by target state and imposer',
    query: z.object({
      target: stateCode.optional(),
      imposer: text(1, 120).optional().describe('a state code, an organization key (UNSC) or a uid'),
      kind: z.enum(['regime', 'resolution']).optional(),
      limit: limit(100, 500),
      cursor: cursorOf(keyCursor),
    }),
    responses: { 200: 'a page of sanctions' },
    returns: 'Page',
    handle: ({ query }, { db }) => listSanctions(db, query),
  }),
  route({
    id: 'getSanction',
    method: 'get',
    path: '/api/sanctions/:id',
    tag: 'relations',
    summary: 'One sanction with issuers, approvals, targets, the regime it amends and its evidence',
    params: z.object({ id: key('sanction key, e.g. UN-SC1718') }),
    responses: { 200: 'the sanction', 404: 'no sanction with that key' },
    returns: 'Object',
    handle: ({ params }, { db }) => getSanction(db, params.id),
  }),
  route({
    id: 'getSource',
    method: 'get',
    path: '/api/sources/:id',
    tag: 'relations',
    summary: 'One source: a data set, or a document with its text, the facts extracted from it and their offsets',
    params: z.object({ id: key('source key, e.g. doc:<sha256> or icews:<file>') }),
    query: z.object({ limit: limit(200, 1000).describe('facts per page'), cursor: cursorOf(offsetCursor) }),
    responses: { 200: 'the source', 404: 'no source with that key' },
    returns: 'Object',
    handle: ({ params, query }, { db }) => getSource(db, { key: params.id, ...query }),
  }),
];
