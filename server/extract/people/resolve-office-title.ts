// A title names whoever held the office on the article's date: after a state or body
// ("the Russian defence minister", "China's foreign ministry spokesperson", "NATO chief",
// "the EU's foreign policy chief", "the Indian ambassador to Nepal") or alone, for a title
// whose holder it implies ("Secretary of State"). A name right after the title speaks for itself, and a
// title moved off the day ("former", "as") names no holder (title-context.ts). An ambassador or envoy with no
// posting named is one of many: reported unresolved, never guessed.
import type { Gazetteer } from '../build-gazetteer.ts';
import type { Token } from '../tokenize.ts';
import type { TitleEntry } from '../../reference/office-lexicon.ts';
import { holderInOffice } from './holder-in-office.ts';
import { nameFollows, qualifiedAway, titleContinues } from './title-context.ts';
import type { OfficeSpan } from './office-span.ts';

export interface TitleResolution {
  /** token index after the title (and its "to <state>") */
  to: number;
  holderKind: 'State' | 'Organization';
  holder: string;
  /** the holder of the office on the date, or null: an unresolved person who acts for `holder` */
  span: OfficeSpan | null;
  title: string;
}

function possessiveAt(tokens: Token[], j: number): boolean {
  const a = tokens[j];
  const b = tokens[j + 1];
  return a?.fold === "'" && !a.spaced && b?.fold === 's';
}

function titleAt(gaz: Gazetteer, tokens: Token[], k: number): { entry: TitleEntry; to: number } | null {
  const idx = gaz.offices;
  if (!idx) return null;
  const m = idx.titleTrie.longestMatch(tokens, k);
  const entry = m && idx.titles.get(m.entries[0]?.key ?? '');
  return m && entry ? { entry, to: m.to } : null;
}

function resolve(
  gaz: Gazetteer,
  tokens: Token[],
  t: { entry: TitleEntry; to: number },
  kind: 'State' | 'Organization',
  holder: string,
  date: string | null,
  from: number,
): TitleResolution | null {
  if (qualifiedAway(tokens, from)) return null;
  // heads of bodies are titles of bodies; ministers, envoys, spokespeople are titles of states
  if ((t.entry.role === 'head_of_body') !== (kind === 'Organization')) return null;
  let to = t.to;
  let postedTo: string | null = null;
  if (t.entry.role === 'envoy' && tokens[to]?.fold === 'to') {
    const at = tokens[to + 1]?.fold === 'the' ? to + 2 : to + 1; // "to the United Nations"
    const m = gaz.trie.longestMatch(tokens, at);
    const e = m?.entries.find((x) => x.type === 'state' || x.type === 'org');
    if (m && e) {
      postedTo = e.key;
      to = m.to;
    }
  }
  if (nameFollows(gaz, tokens, to)) return null;
  if ((t.entry.role === 'minister' || t.entry.role === 'deputy') && titleContinues(tokens, to)) return null;
  const span =
    t.entry.role === 'envoy' && postedTo === null
      ? null
      : holderInOffice(
          gaz.offices!,
          { holder, role: t.entry.role, portfolio: t.entry.portfolio, postedTo, office: t.entry.office },
          date,
        );
  return { to, holderKind: kind, holder, span, title: t.entry.phrase };
}

/** A title right after the state or body mention that runs from token `from` to j. */
export function officeTitleAfter(
  gaz: Gazetteer,
  tokens: Token[],
  j: number,
  kind: 'State' | 'Organization',
  holder: string,
  date: string | null,
  from = j,
): TitleResolution | null {
  const k = possessiveAt(tokens, j) ? j + 2 : j;
  const t = titleAt(gaz, tokens, k);
  return t ? resolve(gaz, tokens, t, kind, holder, date, from) : null;
}

/**
 * A title with no state before it: its default holder ("Secretary of State" is the American one), or, for
 * a ministry's spokesperson, the state the text was last about ("the foreign ministry spokesperson").
 */
export function bareOfficeTitle(
  gaz: Gazetteer,
  tokens: Token[],
  i: number,
  lastState: string | null,
  date: string | null,
): TitleResolution | null {
  const t = titleAt(gaz, tokens, i);
  if (!t) return null;
  const holder = t.entry.default ?? (/\bministry\b/.test(t.entry.phrase) ? lastState : null);
  if (!holder) return null;
  const kind = gaz.organizations.has(holder) ? 'Organization' : 'State';
  return resolve(gaz, tokens, t, kind, holder, date, i);
}
