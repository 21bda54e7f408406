// "“Release him immediately,” Sikorski told Belarus": an order at the head of
// a quote (or of a statement's sentence) is a demand (CAMEO 100) by its
// speaker on the state it addresses.
import { relationActor, type RelationActor } from './actor-ref.ts';
import type { Gazetteer } from './build-gazetteer.ts';
import { insideQuote } from './clause-bounds.ts';
import type { ActorMention } from './find-mentions.ts';
import { quoteSpeaker } from './quote-speaker.ts';
import type { Token } from './tokenize.ts';

const ORDERS = new Set([
  'release',
  'free',
  'stop',
  'end',
  'withdraw',
  'halt',
  'cease',
  'leave',
  'return',
  'lift',
  'respect',
  'pull',
  'abandon',
  'reverse',
  'hand',
]);
/** An order has an object right after it: "Release them", "End the war", "Leave Ukraine". */
const OBJECT_WORDS = new Set([
  'them',
  'him',
  'her',
  'it',
  'the',
  'all',
  'your',
  'these',
  'those',
  'this',
  'every',
  'our',
]);
const OPENERS = new Set(['“', '"', ':']);
const ADDRESS = new Set(['told', 'tells', 'tell', 'warned', 'urged', 'addressed', 'to']);

export interface Demand {
  source: RelationActor;
  target: RelationActor;
  at: number; // the order verb
}

export function imperativeDemand(
  tokens: Token[],
  mentions: ActorMention[],
  gaz: Gazetteer,
  speaker: RelationActor | null,
  antecedent: RelationActor | null,
): Demand | null {
  let at = -1;
  for (let k = 0; k < tokens.length - 1 && at < 0; k++) {
    const t = tokens[k] as Token;
    const opens = k === 0 || OPENERS.has((tokens[k - 1] as Token).text);
    const next = tokens[k + 1] as Token;
    if (
      opens &&
      t.word &&
      /^\p{Lu}/u.test(t.text) &&
      ORDERS.has(t.fold) &&
      (OBJECT_WORDS.has(next.fold) || mentions.some((m) => m.from === k + 1))
    )
      at = k;
  }
  if (at < 0) return null;
  const quoted = insideQuote(tokens, at + 1) >= 0;
  const sp = quoted ? quoteSpeaker(tokens, mentions, gaz) : null;
  const source = sp ? relationActor(gaz, sp) : speaker;
  if (!source) return null;
  // Whom it is told to ("told Belarus"), or a state named in the order itself ("Release them, Tehran").
  const addressed = mentions.find(
    (m) =>
      m !== sp &&
      !m.place &&
      !m.modifier &&
      m.from > 0 &&
      ADDRESS.has((tokens[m.from - 1] as Token).fold) &&
      (!quoted || insideQuote(tokens, m.from) < 0),
  );
  const vocative = mentions.find(
    (m) =>
      m !== sp &&
      !m.place &&
      m.from > at &&
      (tokens[m.from - 1] as Token).text === ',' &&
      insideQuote(tokens, m.from) >= 0,
  );
  const tm = addressed ?? vocative;
  const target = tm ? relationActor(gaz, tm) : quoted ? null : antecedent;
  return target && target.ref.key !== source.ref.key ? { source, target, at } : null;
}
