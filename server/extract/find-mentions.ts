// Mentions of states, leaders and organizations in one sentence, resolved with
// what the document has said so far (earlier leaders, "the North").
import type { Gazetteer } from './build-gazetteer.ts';
import { HONORIFICS, leaderInOffice, resolveSurname, stateOfLeader, TITLE_ROLES } from './leader-in-office.ts';
import type { TrieEntry } from './token-trie.ts';
import type { Token } from './tokenize.ts';

export type MentionVia = 'name' | 'demonym' | 'capital' | 'surname' | 'title' | 'short';

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
  /** The word before is a preposition ("with China"), so it is not the clause's subject. */
  afterPrep: string | null;
}

/** What earlier sentences established; updated as sentences are read in order. */
export interface MentionContext {
  date: string | null;
  leaders: string[]; // leader keys in order of mention
  states: string[];
}

export const PREPOSITIONS = new Set(['with', 'to', 'from', 'of', 'for', 'by', 'against', 'on', 'in', 'at', 'toward', 'towards', 'into', 'about', 'between', 'among', 'over', 'upon', 'than', 'under', 'behind', 'beside', 'per']);
const LOCATION_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'within', 'via', 'through']);
/** Capitalised words after a city that make it part of a name. */
const NAME_HEADS = new Set(['Winter', 'Summer', 'Olympics', 'Olympic', 'Paralympics', 'Games', 'Agreement', 'Agreements', 'Accord', 'Accords', 'Protocol', 'Declaration', 'Conference', 'Convention', 'Format', 'Process', 'Club', 'Marathon', 'Expo', 'Charter']);
const TYPE_RANK: Record<TrieEntry['type'], number> = { leader: 0, org: 1, state: 2, capital: 3, demonym: 4, surname: 5 };

function possessiveAt(tokens: Token[], j: number): boolean {
  const a = tokens[j];
  const b = tokens[j + 1];
  return a?.fold === "'" && !a.spaced && (b?.fold === 's' || b === undefined || !b.word || b.spaced);
}

/** Longest title phrase at tokens[j] ("prime minister", "president"), as [phrase, tokens used]. */
function titleAt(tokens: Token[], j: number): [string, number] | null {
  for (const n of [3, 2, 1]) {
    const words = tokens.slice(j, j + n);
    if (words.length < n || words.some((t) => !t.word)) continue;
    const phrase = words.map((t) => t.fold).join(' ');
    if (TITLE_ROLES.has(phrase)) return [phrase, n];
  }
  return null;
}

/** All actor mentions in the tokens of one sentence, in order. Updates ctx. */
export function findMentions(text: string, tokens: Token[], gaz: Gazetteer, ctx: MentionContext): ActorMention[] {
  const out: ActorMention[] = [];
  const prevWord = (i: number, skipTitles = false): string | null => {
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      const t = tokens[k] as Token;
      if (!t.word) continue;
      if (skipTitles && (HONORIFICS.has(t.fold) || TITLE_ROLES.has(t.fold) || t.fold === 'prime' || t.fold === 'foreign')) continue;
      return t.fold;
    }
    return null;
  };
  const emit = (m: Omit<ActorMention, 'start' | 'end' | 'text' | 'possessive' | 'afterPrep'>): void => {
    const first = tokens[m.from] as Token;
    const last = tokens[m.to - 1] as Token;
    const pw = prevWord(m.from, true);
    out.push({ ...m, start: first.start, end: last.end, text: text.slice(first.start, last.end), possessive: possessiveAt(tokens, m.to), afterPrep: pw && PREPOSITIONS.has(pw) ? pw : null });
  };
  const leaderMention = (key: string, from: number, to: number, via: MentionVia): void => {
    emit({ kind: 'Leader', key, state: stateOfLeader(gaz, key, ctx.date), from, to, via });
    ctx.leaders.push(key);
  };
  // A title after a state reference ("China's president", "the Chinese leader") names the holder, unless a name follows.
  const titleAfter = (j: number, state: string, from: number): number => {
    let k = j;
    if (possessiveAt(tokens, k)) k += 2;
    const t = titleAt(tokens, k);
    if (!t) return -1;
    const after = k + t[1];
    const nx = tokens[after];
    if (nx?.word && /^\p{Lu}/u.test(nx.text)) return -1; // "President Xi Jinping": the name speaks for itself
    const roles = TITLE_ROLES.get(t[0]) ?? [];
    const named = ctx.leaders.slice().reverse().find((key) => gaz.leaders.get(key)?.spans.some((s) => s.state === state && roles.includes(s.role)));
    const span = named ? null : leaderInOffice(gaz, state, ctx.date, roles);
    const key = named ?? span?.key;
    if (!key) return -1;
    leaderMention(key, from, after, 'title');
    return after;
  };
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i] as Token;
    // "the North" / "the South" once a North/South state has been named.
    if ((tok.text === 'North' || tok.text === 'South') && tokens[i - 1]?.fold === 'the' && !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) {
      const key = ctx.states.slice().reverse().find((k) => gaz.states.get(k)?.name.startsWith(`${tok.text} `));
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
      if (m && st) {
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
      i++;
      continue;
    }
    const entry = [...m.entries].sort((a, b) => TYPE_RANK[a.type] - TYPE_RANK[b.type])[0] as TrieEntry;
    const pw = prevWord(i);
    if (entry.type === 'leader') {
      leaderMention(entry.key, i, m.to, 'name');
    } else if (entry.type === 'surname') {
      const titled = pw !== null && HONORIFICS.has(pw);
      const key = resolveSurname(gaz, entry.keys ?? [], ctx.date, ctx.leaders, titled);
      if (key) leaderMention(key, i, m.to, 'surname');
    } else if (entry.type === 'org') {
      const org = gaz.organizations.get(entry.key);
      emit({ kind: 'Organization', key: entry.key, state: org?.state ?? null, from: i, to: m.to, via: 'name' });
    } else if (entry.type === 'capital' && ((pw !== null && LOCATION_PREPS.has(pw)) || NAME_HEADS.has(tokens[m.to]?.text ?? ''))) {
      // "talks in Beijing", "the Beijing Winter Olympics": a place or a name, not the government.
    } else {
      const after = titleAfter(m.to, entry.key, i);
      if (after > 0) {
        i = after;
        continue;
      }
      emit({ kind: 'State', key: entry.key, state: entry.key, from: i, to: m.to, via: entry.type === 'state' ? 'name' : entry.type });
      ctx.states.push(entry.key);
    }
    i = m.to;
  }
  return out;
}
