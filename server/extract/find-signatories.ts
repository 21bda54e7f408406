// The co-signers of a joint statement ("a joint statement by Canada and
// Australia", "Estonia, Latvia, and Lithuania issued a joint statement"):
// the "we" of what follows is every one of them, not one speaker.
import { relationActor, type RelationActor } from './actor-ref.ts';
import type { Gazetteer } from './build-gazetteer.ts';
import type { ActorMention } from './find-mentions.ts';
import { group } from './pick-actors.ts';
import type { Token } from './tokenize.ts';

const JOINT = new Set(['joint', 'co-signed', 'cosigned', 'co-signed']);
const DOCUMENT = new Set(['statement', 'declaration', 'communique', 'communiqué', 'letter', 'press']);

const APPOSITION_HEADS = new Set(['leaders', 'heads', 'members', 'governments', 'ministers', 'foreign']);

/** "We, the leaders of the G7, …" / "We the Leaders of …": the apposition names who "we" are. */
function weAppositionEnd(tokens: Token[]): number {
  const w = tokens.map((t) => t.fold).filter((f) => f !== ',');
  return w[0] === 'we' && w[1] === 'the' && APPOSITION_HEADS.has(w[2] ?? '')
    ? tokens.findIndex((t) => t.fold === 'of')
    : -1;
}

export function findSignatories(tokens: Token[], mentions: ActorMention[], gaz: Gazetteer): RelationActor[] | null {
  const at = tokens.findIndex(
    (t, k) => JOINT.has(t.fold) && tokens.slice(k + 1, k + 3).some((n) => DOCUMENT.has(n.fold)),
  );
  const of = at < 0 ? weAppositionEnd(tokens) : -1;
  if (at < 0 && (of < 0 || of > 6)) return null;
  const first = mentions.find(
    (m) => m.from > of && !m.place && !m.modifier && m.via !== 'pair' && relationActor(gaz, m),
  );
  if (!first) return null;
  const members = group(mentions, tokens, first, 1, gaz)
    .map((m) => relationActor(gaz, m))
    .filter((a): a is RelationActor => a !== null);
  const uniq = [...new Map(members.map((a) => [a.ref.key, a])).values()];
  // One body ("the G7 leaders' joint statement") speaks as itself; one state alone is no joint statement.
  return uniq.length >= 2 || uniq[0]?.ref.kind === 'Organization' ? uniq : null;
}
