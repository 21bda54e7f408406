// Who a pronoun stands for: "I"/"we"/"my administration" are the document's
// speaker, "he"/"his" the leader last in subject position, "it"/"they"/"its"
// the nearest actor before it (after "as", "so", …) or the subject of the
// clause before (after "but", "and", or at the start of a sentence).
import { relationActor, type RelationActor } from './actor-ref.ts';
import type { Gazetteer } from './build-gazetteer.ts';
import type { ActorMention } from './find-mentions.ts';
import type { Token } from './tokenize.ts';

export const FIRST_SUBJECT = new Set(['i', 'we']);
const FIRST_POSSESSIVE = new Set(['my', 'our']);
const FIRST_OBJECT = new Set(['me', 'us']);
const THIRD_PERSONAL = new Set(['he', 'she', 'his', 'her', 'him']);
const THIRD_NEUTER = new Set(['it', 'its', 'they', 'their', 'them']);
/** "my administration", "our government": the speaker's state acting. */
const OWN_BODIES = new Set([
  'administration',
  'government',
  'country',
  'nation',
  'team',
  'military',
  'forces',
  'troops',
]);
const COORDINATORS = new Set(['but', 'and', 'yet', ';']);

export interface PronounContext {
  speaker: RelationActor | null;
  lastSubject: ActorMention | null;
  /** The previous sentence's main actor, for a sentence that opens with "It" or "They". */
  antecedent: RelationActor | null;
  /** Co-signers of a joint statement: who "we" are, all together. */
  cosigners?: RelationActor[] | null;
}

export interface Resolved {
  actor: RelationActor;
  mention: ActorMention | null;
  /** Every actor "we" stands for in a joint statement. */
  group?: RelationActor[];
}

export type PronounUse = 'subject' | 'possessive' | 'object';

/** The person and use of a pronoun token, or null when it is not one. "US" (capitals) is the state. */
export function pronounUse(t: Token, next: Token | undefined): { person: 1 | 3; use: PronounUse } | null {
  if (!t.word) return null;
  const f = t.fold;
  if (FIRST_SUBJECT.has(f) && (f !== 'i' || t.text === 'I')) return { person: 1, use: 'subject' };
  if (FIRST_POSSESSIVE.has(f))
    return { person: 1, use: next?.word && OWN_BODIES.has(next.fold) ? 'subject' : 'possessive' };
  if (FIRST_OBJECT.has(f) && t.text !== 'US') return { person: 1, use: 'object' };
  if (THIRD_PERSONAL.has(f) || THIRD_NEUTER.has(f)) {
    const use: PronounUse =
      f === 'his' || f === 'its' || f === 'their' || (f === 'her' && next?.word === true)
        ? 'possessive'
        : f === 'him' || f === 'them'
          ? 'object'
          : 'subject';
    return { person: 3, use };
  }
  return null;
}

/** The actor the pronoun at tokens[at] refers to, with the mention it resolves to when there is one. */
export function resolvePronoun(
  tokens: Token[],
  at: number,
  mentions: ActorMention[],
  gaz: Gazetteer,
  ctx: PronounContext,
): Resolved | null {
  const t = tokens[at] as Token;
  const use = pronounUse(t, tokens[at + 1]);
  if (!use) return null;
  const plural = t.fold === 'we' || t.fold === 'our' || t.fold === 'us';
  if (use.person === 1 && plural && ctx.cosigners && ctx.cosigners.length > 0)
    return { actor: ctx.cosigners[0] as RelationActor, mention: null, group: ctx.cosigners };
  if (use.person === 1) return ctx.speaker ? { actor: ctx.speaker, mention: null } : null;
  const before = mentions.filter((m) => m.to <= at && !m.modifier && relationActor(gaz, m) !== null);
  if (THIRD_PERSONAL.has(t.fold)) {
    const leader = [...before].reverse().find((m) => m.kind === 'Leader') ?? ctx.lastSubject;
    const actor = leader ? relationActor(gaz, leader) : null;
    return actor ? { actor, mention: leader } : null;
  }
  // "it"/"they": after a coordinator, the earlier clause's subject; after a subordinator, the nearest actor.
  let opener = '';
  for (let k = at - 1; k >= 0; k--) {
    const w = tokens[k] as Token;
    if (w.word || w.text === ';' || w.text === ',') {
      opener = w.word ? w.fold : w.text;
      break;
    }
  }
  const named = before.filter((m) => m.kind !== 'Leader' || m.state !== null);
  const pick =
    at === 0 || before.length === 0
      ? null
      : COORDINATORS.has(opener)
        ? (named.find((m) => !m.afterPrep) ?? null)
        : (named[named.length - 1] ?? null);
  if (pick) {
    const actor = relationActor(gaz, pick);
    if (actor) return { actor, mention: pick };
  }
  return ctx.antecedent ? { actor: ctx.antecedent, mention: null } : null;
}
