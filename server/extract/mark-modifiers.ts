// State words that only qualify a named leader's title ("US President Donald
// Trump", "North Korean leader Kim Jong-un") are not actors of their own: the
// leader is, and coordination ("Trump and … Kim met") must see past them.
import type { ActorMention } from './find-mentions.ts';
import { HONORIFICS, TITLE_ROLES } from './leader-in-office.ts';
import type { Token } from './tokenize.ts';

export const TITLE_WORDS = new Set([
  ...HONORIFICS,
  ...[...TITLE_ROLES.keys()].flatMap((t) => t.split(' ')),
  'vice',
  'deputy',
  'acting',
  'former',
  'new',
  'then',
  'state',
  'house',
  'speaker',
]);

/** Flags state words that only qualify a named leader of that state ("US President Donald Trump"). */
export function markModifiers(out: ActorMention[], tokens: Token[]): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const m = out[k] as ActorMention;
    const nx = out[k + 1] as ActorMention;
    if (m.kind !== 'State' || nx.kind !== 'Leader' || nx.state !== m.key || nx.from - m.to > 4) continue;
    if (tokens.slice(m.to, nx.from).every((t) => t.word && TITLE_WORDS.has(t.fold))) m.modifier = true;
  }
}
