// zod schemas of the user record format (see FORMAT.md). Shapes only: that a
// referenced key exists is checked by the writer.
import { z } from 'zod';

const iso3 = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166 alpha-3 code like "PRK"');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const key = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'expected a key of letters, digits, "-", "_", ".", ":"');
const list = z.array(z.string().min(1)).default([]);
const actorRef = z.object({
  kind: z.enum(['State', 'Leader', 'Organization', 'Sanction', 'Actor']),
  key,
  name: z.string().optional(),
});

const stateSchema = z.object({
  type: z.literal('state'),
  code: iso3,
  iso2: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO alpha-2 code like "KP"'),
  name: z.string().min(1),
  official: z.string().min(1).optional(),
  aliases: list,
  demonyms: list,
  capital: z.string().optional(),
  region: z.string().default(''),
  subregion: z.string().default(''),
  unMember: z.boolean().default(false),
  unObserver: z.boolean().default(false),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
});

const leadsSchema = z.object({
  state: iso3,
  role: z.enum(['effective', 'head_of_state', 'head_of_government', 'foreign_minister']),
  title: z.string().min(1),
  start: date.nullable().default(null),
  end: date.nullable().default(null),
});

const leaderSchema = z.object({
  type: z.literal('leader'),
  key: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case slug like "kim-jong-un"')
    .optional(),
  name: z.string().min(1),
  aliases: list,
  wikidata: z
    .string()
    .regex(/^Q\d+$/, 'expected a Wikidata id like "Q56226"')
    .optional(),
  birthYear: z.number().int().min(1000).max(2100).optional(),
  gender: z.string().optional(),
  leads: z.array(leadsSchema).default([]),
});

const organizationSchema = z.object({
  type: z.literal('organization'),
  key,
  name: z.string().min(1),
  aliases: list,
  kind: z.enum(['igo', 'news_agency', 'newspaper', 'party', 'government_body', 'other']).default('other'),
  state: iso3.optional(),
  parent: key.optional(),
});

const messageSchema = z.object({
  type: z.literal('message'),
  id: key,
  sender: actorRef,
  recipient: actorRef,
  kind: z
    .enum([
      'letter',
      'congratulatory_message',
      'verbal_message',
      'reply',
      'telephone_call',
      'message',
      'condolence_message',
    ])
    .default('message'),
  occasion: z.string().optional(),
  date: date.nullable().optional(),
  reportedBy: z.array(actorRef).optional(),
  quotes: list,
  inReplyTo: key.nullable().optional(),
});

const sanctionSchema = z.object({
  type: z.literal('sanction'),
  key,
  name: z.string().min(1),
  aliases: list,
  kind: z.enum(['regime', 'resolution']).default('regime'),
  issuer: actorRef.optional(),
  targets: z.array(iso3).default([]),
  measures: list,
  regime: key.optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  url: z.string().url().optional(),
  summary: z.string().optional(),
});

const eventSchema = z.object({
  type: z.literal('event'),
  id: key.optional(),
  actor: actorRef,
  target: actorRef,
  actorSector: z.string().optional(),
  targetSector: z.string().optional(),
  cameo: z.string(),
  date,
  label: z.string().optional(),
});

export const RECORD_TYPES = ['state', 'leader', 'organization', 'message', 'sanction', 'event'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];
export const SCHEMAS = {
  state: stateSchema,
  leader: leaderSchema,
  organization: organizationSchema,
  message: messageSchema,
  sanction: sanctionSchema,
  event: eventSchema,
} as const;
