// The speaker of a quoted sentence: a non-media mention next to a speech verb outside the quotes.
import { relationActor } from './actor-ref.ts';
import type { Gazetteer } from './build-gazetteer.ts';
import { insideQuote } from './clause-bounds.ts';
import type { ActorMention } from './find-mentions.ts';
import type { Token } from './tokenize.ts';

const SPEECH = new Set(['said', 'says', 'say', 'wrote', 'writes', 'added', 'stated', 'told', 'stressed', 'emphasized', 'noted', 'declared', 'announced', 'according']);

export function quoteSpeaker(tokens: Token[], mentions: ActorMention[], gaz: Gazetteer): ActorMention | null {
  for (let k = 0; k < tokens.length; k++) {
    if (!SPEECH.has((tokens[k] as Token).fold) || insideQuote(tokens, k) >= 0) continue;
    const m = mentions.find((x) => !x.modifier && !x.place && ((x.to <= k && x.to >= k - 2) || (x.from > k && x.from <= k + 2 && !x.afterPrep)));
    if (m && relationActor(gaz, m)) return m;
  }
  return null;
}
