// The speaker of a quoted sentence: a non-media mention next to a speech verb outside the quotes.
import { relationActor } from './actor-ref.ts';
import type { Gazetteer } from './build-gazetteer.ts';
import { insideQuote } from './clause-bounds.ts';
import type { ActorMention } from './find-mentions.ts';
import { TITLE_WORDS } from './mark-modifiers.ts';
import type { Token } from './tokenize.ts';

const SPEECH = new Set([
  'said',
  'says',
  'say',
  'wrote',
  'writes',
  'added',
  'stated',
  'told',
  'stressed',
  'emphasized',
  'noted',
  'declared',
  'announced',
  'according',
]);

/** "Polish Foreign Minister Radoslaw Sikorski told": a state word, then only a title and a name the gazetteer lacks. */
function titledName(tokens: Token[], from: number, to: number): boolean {
  const between = tokens.slice(from, to);
  return (
    between.length <= 6 &&
    between.some((t) => TITLE_WORDS.has(t.fold)) &&
    between.every((t) => t.word && (TITLE_WORDS.has(t.fold) || /^\p{Lu}/u.test(t.text)))
  );
}

export function quoteSpeaker(tokens: Token[], mentions: ActorMention[], gaz: Gazetteer): ActorMention | null {
  for (let k = 0; k < tokens.length; k++) {
    if (!SPEECH.has((tokens[k] as Token).fold) || insideQuote(tokens, k) >= 0) continue;
    const m = mentions.find(
      (x) =>
        !x.modifier &&
        !x.place &&
        ((x.to <= k && (x.to >= k - 2 || titledName(tokens, x.to, k))) ||
          (x.from > k && x.from <= k + 2 && !x.afterPrep)),
    );
    if (m && relationActor(gaz, m)) return m;
  }
  return null;
}
