// Loads and validates every lexicon data file once: the PETRARCH2 verb
// dictionary and agents, the hand cue overrides and the named word lists.
// A bad file fails at load with its name and line (LexiconError).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { LexiconError } from '../errors.ts';
import type { CueDef } from './cue-def.ts';
import { forms } from './inflect.ts';
import { compileVerbDictionary, type VerbDictionary } from './compile-verb-dictionary.ts';
import { parseAgents, type AgentIndex } from './parse-agents.ts';

const DATA = new URL('../../../data/', import.meta.url);

const CODE = z.string().regex(/^\d{3,4}$/, 'a CAMEO code of 3 or 4 digits');
const WORDS = z.array(z.string().min(1)).min(1);
const CUE = z.strictObject({
  id: z.string().regex(/^[0-9]{3,4}-[a-z-]+(-\d+)?$/),
  why: z.string().min(10),
  head: WORDS,
  code: CODE,
  near: WORDS.optional(),
  window: z.number().int().min(1).max(12).optional(),
  stop: WORDS.optional(),
  noun: z.boolean().optional(),
  intent: CODE.optional(),
  governors: WORDS.optional(),
  negated: CODE.optional(),
  onlyNegated: z.boolean().optional(),
  mutual: z.boolean().optional(),
  notAfter: WORDS.optional(),
  partner: z.string().optional(),
  objectPartner: z.boolean().optional(),
  patientFirst: z.boolean().optional(),
  examples: z.array(z.strictObject({ text: z.string().min(5), expect: z.array(z.string()) })).optional(),
});
const LISTS = z.strictObject({
  about: z.string(),
  lists: z.record(z.string(), z.strictObject({ why: z.string().min(10), words: WORDS })),
});

/** The word lists the rules read; data/lexicon/word-lists.json must hold each of them. */
const LIST_NAMES = [
  'articles',
  'territory',
  'bareParticipleHeads',
  'determiners',
  'nonStateHeads',
  'stateAgentHeads',
  'currency',
  'backgroundMarkers',
  'hedgeModifiers',
  'mediaWords',
  'armedAgentRoles',
  'governingGroups',
  'figurativeConflictModifiers',
  'anaphoricStateHeads',
  'planWords',
  'planNounBefore',
  'coordinatingPhrases',
  'collectiveHeads',
  'companyHeads',
  'judgingVerbs',
  'agentModifiers',
  'civilianRoles',
  'stateRoles',
  'placeHeads',
  'sportsWords',
  'appealGovernors',
  'accusationWords',
  'accidentWords',
  'timeNouns',
  'notStateNames',
  'beForms',
  'wishVerbs',
  'armedGroups',
  'subordinators',
  'singularArticles',
  'ageWords',
  'personRoles',
  'lightVerbs',
  'personPlaceHeads',
  'vesselPrefixes',
  'personNamePrefixes',
  'locativePrepositions',
  'notPlaceWords',
  'notPlaceNames',
  'placeNameParticles',
  'forceLightVerbs',
  'tradeGoods',
  'tradeGoodsPrepositions',
  'patternFunctionWords',
  'theatreNouns',
] as const;
export type ListName = (typeof LIST_NAMES)[number];

export interface Lexicon {
  verbs: VerbDictionary;
  agents: AgentIndex;
  agentCount: number;
  cues: CueDef[];
  lists: Record<ListName, ReadonlySet<string>>;
  /** State code → alternate names (Phoenix), folded. */
  countryAliases: Map<string, string[]>;
}

function readData(name: string): string {
  return readFileSync(new URL(name, DATA), 'utf8');
}

function json(name: string): unknown {
  try {
    return JSON.parse(readData(name));
  } catch (e) {
    throw new LexiconError(`data/${name}`, 1, (e as Error).message);
  }
}

function check<T>(schema: z.ZodType<T>, value: unknown, file: string, at: (path: PropertyKey[]) => string): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new LexiconError(file, 1, `${at(i?.path ?? [])}: ${i?.message ?? 'invalid'}`);
  }
  return r.data;
}

export function parseCountryAliases(
  text: string,
  file = 'data/petrarch2/derived_country_aliases.tsv',
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const lines = text.split('\n');
  for (let n = 1; n < lines.length; n++) {
    const line = (lines[n] as string).trim();
    if (!line) continue;
    const [code, alias] = line.split('\t');
    if (!code || !alias || !/^[A-Z]{3}$/.test(code))
      throw new LexiconError(file, n + 1, `expected "CODE<tab>ALIAS", found "${line}"`);
    const list = out.get(code) ?? [];
    list.push(alias.replace(/_/g, ' ').toLowerCase());
    out.set(code, list);
  }
  return out;
}

let cached: Lexicon | null = null;

/** The lexicon, read and checked on first use. */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const cues = check(
    z.array(CUE),
    json('lexicon/cues.json'),
    'data/lexicon/cues.json',
    (p) => `cue ${String(p[0])}${p.length > 1 ? ` field ${String(p[1])}` : ''}`,
  ) as CueDef[];
  const ids = new Set<string>();
  for (const c of cues) {
    if (ids.has(c.id)) throw new LexiconError('data/lexicon/cues.json', 1, `cue id "${c.id}" is used twice`);
    ids.add(c.id);
  }
  const lists = check(LISTS, json('lexicon/word-lists.json'), 'data/lexicon/word-lists.json', (p) => p.join('.')).lists;
  const need = LIST_NAMES;
  for (const n of need)
    if (!lists[n]) throw new LexiconError('data/lexicon/word-lists.json', 1, `list "${n}" is missing`);
  // A lemma written "name+" stands for its inflections (lexicon/inflect.ts).
  const sets = Object.fromEntries(need.map((n) => [n, new Set(lists[n]?.words.flatMap(forms))])) as unknown as Record<
    ListName,
    ReadonlySet<string>
  >;
  const agents = parseAgents(
    readData('petrarch2/Phoenix.agents.txt'),
    sets.stateRoles,
    'data/petrarch2/Phoenix.agents.txt',
    sets.mediaWords,
  );
  cached = {
    verbs: compileVerbDictionary(readData('petrarch2/CAMEO.2.0.txt')),
    agents: agents.index,
    agentCount: agents.count,
    cues,
    lists: sets,
    countryAliases: parseCountryAliases(readData('petrarch2/derived_country_aliases.tsv')),
  };
  return cached;
}
