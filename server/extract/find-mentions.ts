// Mentions of states, leaders and organizations in one sentence, resolved with
// what the document has said so far (earlier leaders, "the North").
import type { Gazetteer } from './build-gazetteer.ts';
import { HONORIFICS, leaderInOffice, resolveSurname, stateOfLeader, TITLE_ROLES } from './leader-in-office.ts';
import { loadLexicon } from './lexicon/load-lexicon.ts';
import { markModifiers } from './mark-modifiers.ts';
import type { TrieEntry } from './token-trie.ts';
import type { Token } from './tokenize.ts';
import { bodyOfPerson } from './people/holder-in-office.ts';
import { matchNameVariant } from './people/match-name-variant.ts';
import { bareOfficeTitle, officeTitleAfter, type TitleResolution } from './people/resolve-office-title.ts';
import { titleNamesHolder } from './people/title-context.ts';
import { partOfOtherName } from './people/part-of-other-name.ts';
import { namesAThing } from './people/names-a-thing.ts';
import { surnameVariantAt } from './people/surname-variant.ts';

export type MentionVia = 'name' | 'demonym' | 'capital' | 'place' | 'surname' | 'title' | 'short' | 'pair';

export interface ActorMention {
  kind: 'State' | 'Leader' | 'Organization';
  key: string;
  /** The state the actor is or acts for (a leader's state, an organ's state); null for bodies like the UN. */
  state: string | null;
  start: number;
  end: number;
  text: string;
  from: number; // token index in the sentence
  to: number;
  via: MentionVia;
  possessive: boolean;
  /** A state word that only qualifies a leader's title ("North Korean leader Kim Jong-un"): not an actor of its own. */
  modifier?: boolean;
  /** A capital after "in"/"at" ("arrived in Moscow"): a place, an actor only as where a visit or a strike goes. */
  place?: boolean;
  /** The Phoenix agent code of the group a state word qualifies ("Afghan rebels": REB), see analysis/mark-agents.ts. */
  agent?: string;
  /** The word before is a preposition ("with China"), so it is not the clause's subject. */
  afterPrep: string | null;
  /** A person who acts for an international body on the date (a NATO Secretary-General): its key. */
  body?: string;
}

/** What earlier sentences established; updated as sentences are read in order. */
export interface MentionContext {
  date: string | null;
  leaders: string[]; // leader keys in order of mention
  states: string[];
  /** The state of every state or leader mention so far, in order, for "the two sides". */
  recent?: string[];
  /** Titles naming a person no data set has in that office on the date (reported, never guessed). */
  unresolved?: { start: number; end: number; text: string; holder: string }[];
}

const PAIR_NOUNS = new Set([
  'leaders',
  'presidents',
  'sides',
  'countries',
  'nations',
  'governments',
  'ministers',
  'men',
  'states',
  'parties',
  'delegations',
  'neighbours',
  'neighbors',
]);

const PERSON_PAIRS = new Set(['leaders', 'presidents', 'ministers', 'men']);

/** The two states last named, for "the two leaders" (their leaders' states), "both countries". */
function lastTwo(ctx: MentionContext, gaz: Gazetteer, noun: string, sentenceFrom: number): [string, string] | null {
  const all = ctx.recent ?? [];
  // "Kazakhstan urged both sides": a state the sentence names itself is not one of them, unless it names both.
  const inSentence = new Set(all.slice(sentenceFrom));
  const r = PERSON_PAIRS.has(noun) ? ctx.leaders.map((k) => stateOfLeader(gaz, k, ctx.date) ?? '') : all;
  const end = PERSON_PAIRS.has(noun) || inSentence.size >= 2 ? r.length : sentenceFrom;
  const a = r[end - 1];
  if (!a) return null;
  for (let k = end - 2; k >= 0; k--) if (r[k] !== a) return [r[k] as string, a];
  return null;
}

export const PREPOSITIONS = new Set([
  'with',
  'to',
  'from',
  'of',
  'for',
  'by',
  'against',
  'on',
  'in',
  'at',
  'toward',
  'towards',
  'into',
  'about',
  'between',
  'among',
  'over',
  'upon',
  'than',
  'under',
  'behind',
  'beside',
  'per',
  'around',
  'across',
  'near',
  'inside',
  'outside',
  'within',
  'through',
  'throughout',
  'via',
]);
const LOCATION_PREPS = loadLexicon().lists.locativePrepositions;
/** Capitalised words after a city that make it part of a name. */
const NAME_HEADS = new Set([
  'Winter',
  'Summer',
  'Olympics',
  'Olympic',
  'Paralympics',
  'Games',
  'Agreement',
  'Agreements',
  'Accord',
  'Accords',
  'Protocol',
  'Declaration',
  'Conference',
  'Convention',
  'Format',
  'Process',
  'Club',
  'Marathon',
  'Expo',
  'Charter',
]);
/** Words between a preposition and the name it governs ("with the brave people of …" aside). */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'our',
  'their',
  'its',
  'his',
  'her',
  'my',
  'this',
  'these',
  'that',
  'those',
  'every',
  'all',
  'both',
  'brave',
  'entire',
  'other',
  'fellow',
  'new',
]);
const TYPE_RANK: Record<TrieEntry['type'], number> = {
  leader: 0,
  org: 1,
  state: 2,
  capital: 3,
  demonym: 4,
  surname: 5,
  place: 6,
};

function asPreposition(tokens: Token[], from: number, to: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 3; k--) {
    const t = tokens[k] as Token;
    if (t.fold === 'as') return k < from - 1 || possessiveAt(tokens, to);
    if (!t.word || !DETERMINERS.has(t.fold)) return false;
  }
  return false;
}

function possessiveAt(tokens: Token[], j: number): boolean {
  const a = tokens[j];
  const b = tokens[j + 1];
  return a?.fold === "'" && !a.spaced && (b?.fold === 's' || b === undefined || !b.word || b.spaced);
}

/** Longest title phrase at tokens[j] ("prime minister", "president"), as [phrase, tokens used]. */
const TITLE_FIRST_WORDS = new Set([...TITLE_ROLES.keys()].map((t) => t.split(' ')[0] as string));

function titleAt(tokens: Token[], j: number): [string, number] | null {
  if (!TITLE_FIRST_WORDS.has(tokens[j]?.fold ?? '')) return null;
  for (const n of [3, 2, 1]) {
    const words = tokens.slice(j, j + n);
    if (words.length < n || words.some((t) => !t.word)) continue;
    const phrase = words.map((t) => t.fold).join(' ');
    if (TITLE_ROLES.has(phrase)) return [phrase, n];
  }
  return null;
}

/** "The leaders resolve …" opening a sentence of a joint readout means the two just named; "the leaders of X" does not. */
function theLeadersAt(tokens: Token[], i: number): boolean {
  return i === 0 && tokens[0]?.fold === 'the' && tokens[1]?.fold === 'leaders' && tokens[2]?.fold !== 'of';
}

/** All actor mentions in the tokens of one sentence, in order. Updates ctx. */
export function findMentions(text: string, tokens: Token[], gaz: Gazetteer, ctx: MentionContext): ActorMention[] {
  const out: ActorMention[] = [];
  const sentenceFrom = ctx.recent?.length ?? 0;
  const prevWord = (i: number, skipTitles = false): string | null => {
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      const t = tokens[k] as Token;
      if (!t.word) continue;
      if (
        skipTitles &&
        (HONORIFICS.has(t.fold) ||
          TITLE_ROLES.has(t.fold) ||
          t.fold === 'prime' ||
          t.fold === 'foreign' ||
          DETERMINERS.has(t.fold))
      )
        continue;
      return t.fold;
    }
    return null;
  };
  const emit = (m: Omit<ActorMention, 'start' | 'end' | 'text' | 'possessive' | 'afterPrep'>): void => {
    const first = tokens[m.from] as Token;
    const last = tokens[m.to - 1] as Token;
    let pw = prevWord(m.from, true);
    // "as a NATO member", "as NATO's ally" ("as" a preposition), unlike "as Russia prepares" (a new clause).
    if (asPreposition(tokens, m.from, m.to)) pw = 'as';
    out.push({
      ...m,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      possessive: possessiveAt(tokens, m.to),
      afterPrep: pw && (PREPOSITIONS.has(pw) || pw === 'as') ? pw : null,
    });
    if (m.state && m.via !== 'pair' && !m.place) (ctx.recent ??= []).push(m.state);
  };
  const leaderMention = (key: string, from: number, to: number, via: MentionVia): void => {
    // "Rafic Hariri International Airport", "USS Abraham Lincoln": the name of a thing, not the person
    if (via !== 'title' && namesAThing(tokens, from, to)) return;
    // an official of a body acts for the body, never for their home state
    const body = bodyOfPerson(gaz.offices, key, ctx.date);
    emit({
      kind: 'Leader',
      key,
      state: body ? null : stateOfLeader(gaz, key, ctx.date),
      from,
      to,
      via,
      ...(body ? { body } : {}),
    });
    ctx.leaders.push(key);
  };
  // A title that names an office holder (people/resolve-office-title.ts); none in office: the holder acts, the person is reported.
  const officeMention = (r: TitleResolution, from: number): number => {
    if (r.span) {
      leaderMention(r.span.key, from, r.to, 'title');
      return r.to;
    }
    const first = tokens[from] as Token;
    const last = tokens[r.to - 1] as Token;
    (ctx.unresolved ??= []).push({
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      holder: r.holder,
    });
    if (r.holderKind === 'Organization')
      emit({ kind: 'Organization', key: r.holder, state: null, from, to: r.to, via: 'title' });
    else {
      emit({ kind: 'State', key: r.holder, state: r.holder, from, to: r.to, via: 'title' });
      ctx.states.push(r.holder);
    }
    return r.to;
  };
  // A title after a state reference ("China's president", "the Chinese leader") names the holder, unless a name follows.
  const titleAfter = (j: number, state: string, from: number): number => {
    let k = j;
    if (possessiveAt(tokens, k)) k += 2;
    const t = titleAt(tokens, k);
    if (!t) return -1;
    const after = k + t[1];
    // "President Xi Jinping": the name speaks for itself; "former president": not the holder of the day
    if (!titleNamesHolder(gaz, tokens, from, after)) return -1;
    const roles = TITLE_ROLES.get(t[0]) ?? [];
    const named = ctx.leaders
      .slice(-300)
      .reverse()
      .find((key) =>
        gaz.leaders.get(key)?.spans.some((s) => s.state === state && (roles as readonly string[]).includes(s.role)),
      );
    const span = named ? null : leaderInOffice(gaz, state, ctx.date, roles);
    const key = named ?? span?.key;
    if (!key) return -1;
    leaderMention(key, from, after, 'title');
    return after;
  };
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i] as Token;
    // "the two leaders", "both countries": the last two states named, side by side.
    const pairLen =
      (tok.fold === 'two' && tokens[i - 1]?.fold === 'the') || tok.fold === 'both'
        ? PAIR_NOUNS.has(tokens[i + 1]?.fold ?? '')
          ? 2
          : 0
        : theLeadersAt(tokens, i)
          ? 2
          : 0;
    const pair = pairLen ? lastTwo(ctx, gaz, tokens[i + 1]?.fold ?? '', sentenceFrom) : null;
    if (pair) {
      for (const key of pair) emit({ kind: 'State', key, state: key, from: i, to: i + pairLen, via: 'pair' });
      (ctx.recent ??= []).push(...pair); // the next "the two sides" means the same two
      i += pairLen;
      continue;
    }
    // "the North" / "the South" once a North/South state has been named.
    if (
      (tok.text === 'North' || tok.text === 'South') &&
      tokens[i - 1]?.fold === 'the' &&
      !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')
    ) {
      const key = ctx.states
        .slice(-300)
        .reverse()
        .find((k) => gaz.states.get(k)?.name.startsWith(`${tok.text} `));
      if (key) {
        emit({ kind: 'State', key, state: key, from: i, to: i + 1, via: 'short' });
        i++;
        continue;
      }
    }
    // "President of Russia"
    const title = tok.word && /^\p{Lu}/u.test(tok.text) ? titleAt(tokens, i) : null;
    if (title && tokens[i + title[1]]?.fold === 'of') {
      const m = gaz.trie.longestMatch(tokens, i + title[1] + 1);
      const st = m?.entries.find((e) => e.type === 'state');
      if (m && st && titleNamesHolder(gaz, tokens, i, m.to)) {
        const roles = TITLE_ROLES.get(title[0]) ?? [];
        const span = leaderInOffice(gaz, st.key, ctx.date, roles);
        if (span) {
          leaderMention(span.key, i, m.to, 'title');
          i = m.to;
          continue;
        }
      }
    }
    const m = gaz.trie.longestMatch(tokens, i);
    if (!m) {
      const bare = gaz.offices
        ? bareOfficeTitle(gaz, tokens, i, ctx.recent?.[ctx.recent.length - 1] ?? null, ctx.date)
        : null;
      const variant = bare ? null : matchNameVariant(gaz, tokens, i);
      // "Zelensky", "Zelenskiy": a known surname in another spelling, resolved as the surname is
      const spelt = bare || variant ? null : surnameVariantAt(gaz, tokens, i);
      if (bare) i = officeMention(bare, i);
      else if (variant) {
        leaderMention(variant.key, i, variant.to, 'name');
        i = variant.to;
      } else {
        const pw = spelt ? prevWord(i) : null;
        const key =
          spelt && !partOfOtherName(gaz, tokens, i, i + 1, spelt, false)
            ? resolveSurname(gaz, spelt, ctx.date, ctx.leaders, pw !== null && HONORIFICS.has(pw) ? pw : null, tok.text)
            : null;
        if (key) leaderMention(key, i, i + 1, 'surname');
        i++;
      }
      continue;
    }
    let entry = m.entries[0] as TrieEntry;
    for (const e of m.entries) if (TYPE_RANK[e.type] < TYPE_RANK[entry.type]) entry = e;
    // "Mohamed bin Zayed": a longer name in another spelling beats its first word read as a surname
    const variant = entry.type === 'surname' ? matchNameVariant(gaz, tokens, i) : null;
    if (variant && variant.to > m.to) {
      leaderMention(variant.key, i, variant.to, 'name');
      i = variant.to;
      continue;
    }
    const pw = entry.type === 'surname' || entry.type === 'capital' ? prevWord(i) : null;
    if (entry.type === 'leader') {
      leaderMention(entry.key, i, m.to, 'name');
    } else if (entry.type === 'surname') {
      const title = pw !== null && HONORIFICS.has(pw) ? pw : null;
      // "Avril Haines", "Abdul Qadeer Khan": a capitalised word beside it makes it part of another name.
      const key = partOfOtherName(gaz, tokens, i, m.to, entry.keys ?? [])
        ? null
        : resolveSurname(gaz, entry.keys ?? [], ctx.date, ctx.leaders, title, tok.text);
      if (key) leaderMention(key, i, m.to, 'surname');
    } else if (entry.type === 'org') {
      const org = gaz.organizations.get(entry.key);
      // "NATO chief", "the Kremlin spokesman": the body's (or the organ's state's) office holder
      const holder =
        org?.kind === 'igo'
          ? (['Organization', org.key] as const)
          : org?.state && org.kind === 'government_body'
            ? (['State', org.state] as const)
            : null;
      const office =
        holder && gaz.offices ? officeTitleAfter(gaz, tokens, m.to, holder[0], holder[1], ctx.date, i) : null;
      if (office) {
        i = officeMention(office, i);
        continue;
      }
      // "told reporters at the UN": a body after "at" is where something happened, not who acted.
      const at = org?.kind === 'igo' && prevWord(i) === 'at';
      emit({
        kind: 'Organization',
        key: entry.key,
        state: org?.state ?? null,
        from: i,
        to: m.to,
        via: 'name',
        ...(at ? { place: true } : {}),
      });
    } else if (entry.type === 'place') {
      // "a missile attack on Dubai", "troops enter Mosul": a city or region of a state is where force or a visit goes, never who acts.
      if (!NAME_HEADS.has(tokens[m.to]?.text ?? ''))
        emit({ kind: 'State', key: entry.key, state: entry.key, from: i, to: m.to, via: 'place', place: true });
    } else if (entry.type === 'capital' && NAME_HEADS.has(tokens[m.to]?.text ?? '')) {
      // "the Beijing Winter Olympics": a name, not the government.
    } else if (entry.type === 'capital' && pw !== null && LOCATION_PREPS.has(pw)) {
      // "talks in Beijing": a place, not the government.
      emit({ kind: 'State', key: entry.key, state: entry.key, from: i, to: m.to, via: 'capital', place: true });
    } else {
      const after = titleAfter(m.to, entry.key, i);
      if (after > 0) {
        i = after;
        continue;
      }
      const office =
        gaz.offices && entry.type !== 'capital'
          ? officeTitleAfter(gaz, tokens, m.to, 'State', entry.key, ctx.date, i)
          : null;
      if (office) {
        i = officeMention(office, i);
        continue;
      }
      emit({
        kind: 'State',
        key: entry.key,
        state: entry.key,
        from: i,
        to: m.to,
        via: entry.type === 'state' ? 'name' : entry.type,
      });
      ctx.states.push(entry.key);
    }
    i = m.to;
  }
  markModifiers(out, tokens);
  return out;
}
