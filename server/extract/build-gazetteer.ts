// Builds the matching structures once; extraction only reads them.
import type { CameoCode, OrganizationRecord } from '../model/types.ts';
import { GazetteerError } from './errors.ts';
import type { GazetteerState } from './states-from-world-countries.ts';
import { mergeSurnameRecords } from './merge-surname-records.ts';
import { regnalNames } from './regnal-names.ts';
import { TokenTrie } from './token-trie.ts';
import { umlautSpellings } from './people/umlaut-spellings.ts';
import { surnameVariantIndex } from './people/surname-variant.ts';
import type { LeaderSpan } from './types.ts';
import type { TitleEntry } from '../reference/office-lexicon.ts';
import { buildOfficeIndex, type OfficeIndex } from './people/office-index.ts';
import { bodyOnlyHolders, officeLeaderSpans } from './people/office-leader-spans.ts';
import type { OfficeSpan } from './people/office-span.ts';
import type { PlaceName } from './places-from-aliases.ts';

export interface GazetteerLeader {
  key: string;
  name: string;
  spans: LeaderSpan[];
}

export interface Gazetteer {
  trie: TokenTrie;
  states: ReadonlyMap<string, GazetteerState>;
  organizations: ReadonlyMap<string, OrganizationRecord>;
  leaders: ReadonlyMap<string, GazetteerLeader>;
  spansByState: ReadonlyMap<string, LeaderSpan[]>;
  /** Folded demonym -> state, for titles such as "the Chinese president". */
  demonyms: ReadonlyMap<string, string>;
  cameo: ReadonlyMap<string, CameoCode>;
  /** Leaders known only by one word ("Houthi"), and officials outside LEADS: a bare surname needs a title or an earlier mention. */
  surnameOnly: ReadonlySet<string>;
  /** Variant-folded surnames -> their people, for a surname in another spelling (people/surname-variant.ts). */
  surnameVariants?: ReadonlyMap<string, readonly string[]>;
  /** Every office of states and bodies, and the title lexicon (people/). */
  offices?: OfficeIndex;
}

export interface GazetteerSources {
  states: readonly GazetteerState[];
  organizations: readonly OrganizationRecord[];
  leaders: readonly LeaderSpan[];
  cameo?: readonly CameoCode[];
  /** HOLDS spans of every person, and the titles news uses for offices (data/offices/titles.tsv) */
  offices?: readonly OfficeSpan[];
  titles?: readonly TitleEntry[];
  /** Cities and regions of states (places-from-aliases.ts): where force or a visit goes, never an actor. */
  places?: readonly PlaceName[];
}

/** Surname-first naming: "Xi Jinping" is "Xi", "Kim Jong-un" is "Kim". */
const SURNAME_FIRST = new Set(['CHN', 'PRK', 'KOR', 'TWN', 'HKG', 'MAC']);
/** Given name as the short form: "Thaksin Shinawatra" is "Thaksin", "Mahathir Mohamad" is "Mahathir". */
const GIVEN_NAME_SHORT = new Set(['THA', 'MYS']);

/** The names a leader is called by on second mention. */
export function surnamesOf(name: string, state: string): string[] {
  // "Jr", "III" after a name are no surname
  const words = name
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w) && !/\.$/.test(w) && !/^(jr|sr|ii|iii|iv)$/i.test(w.replace(/,$/, '')));
  if (words.length < 2) return [];
  const s = SURNAME_FIRST.has(state) ? words[0] : words[words.length - 1];
  // Thai and Malay leaders are called by their given name ("Thaksin", "Mahathir"), and by the last one too
  const given = GIVEN_NAME_SHORT.has(state) ? [words[0] as string] : [];
  return [...new Set([...given, ...(s ? [s] : [])])].filter((w) => w.length >= 2);
}

/** Pure: the same arrays always give the same gazetteer. */
export function buildGazetteer(src: GazetteerSources): Gazetteer {
  // Checked through a copy: `Array.isArray` on `src.states` itself would narrow its items to `any`.
  if (![src.states, src.organizations, src.leaders].every((a) => Array.isArray(a))) {
    throw new GazetteerError('expected arrays of states, organizations and leaders');
  }
  const trie = new TokenTrie();
  const states = new Map<string, GazetteerState>();
  const claimed = new Map<string, number>(); // alias -> best priority so far, so UN members win ties
  const order = [...src.states].sort((a, b) => b.priority - a.priority);
  const demonyms = new Map<string, string>();
  for (const s of order) {
    states.set(s.key, s);
    const add = (alias: string, type: 'state' | 'demonym' | 'capital'): void => {
      const id = `${type}:${alias.toLowerCase()}`;
      const prev = claimed.get(id);
      if (prev !== undefined && prev >= s.priority) return;
      claimed.set(id, s.priority);
      trie.add(alias, { type, key: s.key });
    };
    for (const a of [s.name, s.official, ...s.aliases]) add(a, 'state');
    for (const d of s.demonyms) {
      add(d, 'demonym');
      if (!demonyms.has(d.toLowerCase())) demonyms.set(d.toLowerCase(), s.key);
    }
    for (const c of s.capitals) {
      add(c, 'capital');
      const short = c.replace(/,?\s+D\.?C\.?$/, '');
      if (short !== c) add(short, 'capital');
    }
  }
  const organizations = new Map<string, OrganizationRecord>();
  for (const o of src.organizations) {
    organizations.set(o.key, o);
    for (const a of [o.name, ...o.aliases]) trie.add(a, { type: 'org', key: o.key });
  }
  const leaders = new Map<string, GazetteerLeader>();
  const spansByState = new Map<string, LeaderSpan[]>();
  const surnames = new Map<string, Set<string>>();
  const addSurname = (s: string, key: string): void => {
    // a surname is a proper noun ("time" of "Captains Regent (1st time)" is not)
    if (!/^\p{Lu}/u.test(s)) return;
    const set = surnames.get(s) ?? new Set<string>();
    set.add(key);
    surnames.set(s, set);
  };
  const fullNamed = new Set<string>();
  const offices = src.offices ?? [];
  const withLeads = new Set(src.leaders.map((l) => l.key));
  for (const span of mergeSurnameRecords([...src.leaders, ...officeLeaderSpans(offices)])) {
    if (!span.key || !span.state)
      throw new GazetteerError(`leader span without key or state: ${JSON.stringify(span).slice(0, 120)}`);
    let l = leaders.get(span.key);
    if (!l) {
      l = { key: span.key, name: span.name, spans: [] };
      leaders.set(span.key, l);
    }
    l.spans.push(span);
    const list = spansByState.get(span.state) ?? [];
    list.push(span);
    spansByState.set(span.state, list);
    for (const a of umlautSpellings([span.name, ...span.aliases])) {
      // One word alone ("May", "Scott", "Nord") is a surname, resolved with care, never a full name.
      if (!/\s/.test(a.trim())) {
        if (a.trim().length >= 2) addSurname(a.trim(), span.key);
        continue;
      }
      fullNamed.add(span.key);
      trie.add(a, { type: 'leader', key: span.key });
      for (const s of surnamesOf(a, span.state)) addSurname(s, span.key);
      const regnal = regnalNames(a);
      for (const f of regnal.full) trie.add(f, { type: 'leader', key: span.key });
      for (const s of regnal.surnames) addSurname(s, span.key);
    }
  }
  // heads of bodies who held no state office we know: named, with no state to act for
  for (const o of bodyOnlyHolders(offices, (k) => leaders.has(k))) {
    leaders.set(o.key, { key: o.key, name: o.name, spans: [] });
    for (const a of umlautSpellings([o.name, ...o.aliases])) {
      if (!/\s/.test(a.trim())) continue;
      fullNamed.add(o.key);
      trie.add(a, { type: 'leader', key: o.key });
      for (const s of surnamesOf(a, '')) addSurname(s, o.key);
    }
  }
  const surnameOnly = new Set(
    [...leaders.keys()].filter((k) => !fullNamed.has(k) || (offices.length > 0 && !withLeads.has(k))),
  );
  const names: [string, string][] = [];
  // only people the gazetteer names (a legislator or judge is in the graph, not a person acting in text)
  for (const span of [...src.leaders, ...offices])
    if (leaders.has(span.key)) for (const a of [span.name, ...span.aliases]) names.push([a, span.key]);
  const officeIndex = offices.length > 0 || src.titles ? buildOfficeIndex(offices, src.titles ?? [], names) : undefined;
  for (const [s, keys] of surnames) trie.add(s, { type: 'surname', key: s.toLowerCase(), keys: [...keys] });
  // A place name that is also a person's name ("Kirov", "Austin") is left to the person; one trie node per name, so
  // lookup cost does not grow with the list.
  const personWords = new Set([...surnames.keys()].map((w) => w.toLowerCase()));
  for (const l of leaders.values()) for (const w of l.name.toLowerCase().split(/\s+/)) personWords.add(w);
  for (const p of src.places ?? [])
    if (states.has(p.key) && !personWords.has(p.name.toLowerCase())) trie.add(p.name, { type: 'place', key: p.key });
  const cameo = new Map<string, CameoCode>();
  for (const c of src.cameo ?? []) cameo.set(c.code, c);
  return {
    trie,
    states,
    organizations,
    leaders,
    spansByState,
    demonyms,
    cameo,
    surnameOnly,
    surnameVariants: surnameVariantIndex(surnames),
    ...(officeIndex ? { offices: officeIndex } : {}),
  };
}
