// Named events such as "the Beijing Winter Olympics", with their host state.
import type { Gazetteer } from './build-gazetteer.ts';
import { stateRef } from './actor-ref.ts';
import type { Sentence } from './split-sentences.ts';
import type { Token } from './tokenize.ts';
import type { NamedEvent } from './types.ts';

/** Host cities that are not capitals, and the opening day of recent Games. */
const HOST_CITY: Record<string, string> = {
  'los angeles': 'USA',
  'salt lake city': 'USA',
  atlanta: 'USA',
  sochi: 'RUS',
  pyeongchang: 'KOR',
  rio: 'BRA',
  'rio de janeiro': 'BRA',
  sydney: 'AUS',
  brisbane: 'AUS',
  vancouver: 'CAN',
  milan: 'ITA',
  'milan cortina': 'ITA',
  turin: 'ITA',
  munich: 'DEU',
  barcelona: 'ESP',
  nagano: 'JPN',
};
const OPENING: Record<string, string> = {
  'beijing winter': '2022-02-04',
  'beijing summer': '2008-08-08',
  'tokyo summer': '2021-07-23',
  'paris summer': '2024-07-26',
  'pyeongchang winter': '2018-02-09',
  'sochi winter': '2014-02-07',
  'rio summer': '2016-08-05',
  'london summer': '2012-07-27',
  'vancouver winter': '2010-02-12',
  'milan winter': '2026-02-06',
};
const GAMES = new Set(['olympics', 'olympic', 'paralympics', 'paralympic']);

/** Olympic Games named in one sentence ("[City] [Winter|Summer] Olympic(s) [Games]"). */
export function findNamedEvents(s: Sentence, tokens: Token[], gaz: Gazetteer): NamedEvent[] {
  const out: NamedEvent[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!GAMES.has(t.fold) || !/^\p{Lu}/u.test(t.text)) continue;
    let from = i;
    let season = '';
    const prev = tokens[i - 1];
    if (prev && (prev.fold === 'winter' || prev.fold === 'summer')) {
      season = prev.fold;
      from = i - 1;
    }
    // City: up to three capitalised words before.
    let city = '';
    let host: string | null = null;
    for (let n = 3; n >= 1 && !host; n--) {
      const words = tokens.slice(from - n, from);
      if (words.length < n || !words.every((w) => w.word && /^\p{Lu}/u.test(w.text))) continue;
      const name = words.map((w) => w.fold).join(' ');
      const m = gaz.trie.longestMatch(tokens, from - n);
      const cap = m && m.to === from ? m.entries.find((e) => e.type === 'capital') : undefined;
      host = cap?.key ?? HOST_CITY[name] ?? null;
      if (host) {
        city = name;
        from -= n;
      }
    }
    let to = i + 1;
    if (tokens[to]?.fold === 'games') to++;
    if (!city) continue; // "the Olympics" in general is not one event
    const first = tokens[from] as Token;
    const last = tokens[to - 1] as Token;
    const name = s.text.slice(first.start - s.start, last.end - s.start).replace(/\s+Games$/, '');
    const kind = t.fold.startsWith('para') ? 'paralympics' : 'olympics';
    const key = [city, season, kind].filter(Boolean).join('-').replace(/\s+/g, '-');
    const date = OPENING[`${city} ${season || 'summer'}`] ?? null;
    out.push({
      key,
      name,
      host: host ? stateRef(gaz, host) : null,
      date,
      evidence: { sentence: s.text, start: s.start, end: s.end },
    });
    i = to - 1;
  }
  return out;
}
