// Targets a sentence leaves implicit, from what came before: a verb
// coordinated with an earlier one shares its object ("denounced the sanctions
// and threatened to retaliate"); a rejection answers whoever last acted on
// the rejecter ("a request Washington rejected"); a demand made in talks is
// addressed to the other side of those talks; disapproving of "the strikes"
// targets whoever carried out the strikes last.
import type { RelationActor } from './actor-ref.ts';
import type { CueHit } from './find-cues.ts';
import type { ActorMention } from './find-mentions.ts';
import type { Placed } from './retarget-disapproval.ts';
import type { Token } from './tokenize.ts';
import type { Relation } from './types.ts';

export interface Untargeted {
  cue: CueHit;
  code: string;
  floor: number;
  sources: RelationActor[];
  agent: 'by' | 'from' | 'before' | null;
}

/** Nouns that name something an actor did, when what it was is left to context. */
const ACT_WORDS = new Set([
  'violation',
  'violations',
  'action',
  'actions',
  'move',
  'moves',
  'decision',
  'test',
  'tests',
  'demolition',
  'provocation',
  'provocations',
  'launch',
  'launches',
  'incursion',
  'incursions',
  'act',
  'acts',
  'drills',
  'exercises',
  'maneuvers',
  'manoeuvres',
  'deployment',
  'closure',
  'expulsion',
  'expulsions',
]);
const SKIP = new Set([
  'the',
  'this',
  'these',
  'that',
  'those',
  'its',
  'their',
  'latest',
  'recent',
  'new',
  'such',
  'continued',
  'so-called',
  'unprovoked',
  'illegal',
  'brutal',
]);
const REACTIVE = new Set(['11', '12', '13']);
const ADDRESSED = new Set(['02', '10']);
const coActor = (u: Untargeted, key: string): boolean =>
  u.sources.length > 1 && u.sources.some((s) => s.ref.key === key);
const ANSWERABLE = (root: string): boolean => root === '02' || root === '04' || Number(root) >= 10;
const LOOKBACK = 12;

const actorOf = (r: Relation, side: 'source' | 'target'): RelationActor => {
  const via = r.via?.[side];
  return via ? { ref: r[side], via } : { ref: r[side] };
};

/** An act noun right after a disapproval cue: where it is and the CAMEO root it names (null: any hostile act). */
export function actObject(
  tokens: Token[],
  cue: CueHit,
  cues: readonly CueHit[],
  mentions: readonly ActorMention[],
): { at: number; root: string | null } | null {
  let words = 0;
  for (let k = cue.end; k < tokens.length && words < 5; k++) {
    const t = tokens[k] as Token;
    if (!t.word) continue;
    if (mentions.some((m) => m.from === k && !m.place)) return null;
    words++;
    const c = cues.find((x) => x.at === k);
    if (c && Number(c.code.slice(0, 2)) >= 14) return { at: k, root: c.code.slice(0, 2) };
    if (ACT_WORDS.has(t.fold)) return { at: k, root: null };
    if (!SKIP.has(t.fold) && !/(ed|al|ful|ous|ive)$/.test(t.fold)) return null;
  }
  return null;
}

/** Who carried out the latest act of that root (any act of root 13 or more when null), other than `by`. */
export function latestActAgents(history: readonly Relation[], root: string | null, by: string): RelationActor[] {
  const fits = (r: Relation): boolean => r.source.key !== by && (root ? r.root === root : Number(r.root) >= 13);
  const recent = history.slice(-LOOKBACK);
  for (let i = recent.length - 1; i >= 0; i--) {
    const r = recent[i] as Relation;
    if (!fits(r)) continue;
    const same = recent.filter((x) => x.evidence.start === r.evidence.start && x.root === r.root && fits(x));
    return [...new Map(same.map((x) => [x.source.key, actorOf(x, 'source')])).values()];
  }
  return [];
}

export function inferTarget(
  u: Untargeted,
  source: RelationActor,
  tokens: Token[],
  placed: readonly Placed[],
  history: readonly Relation[],
): RelationActor[] {
  const root = u.code.slice(0, 2);
  // "denounced the sanctions and threatened to retaliate": the coordinated verb shares the object.
  const prior = [...placed].reverse().find((p) => p.at < u.cue.at && p.rel.source.key === source.ref.key);
  if (
    prior &&
    tokens.slice(prior.end, u.cue.at).some((t) => t.fold === 'and') &&
    !tokens.slice(prior.end, u.cue.at).some((t) => t.text === ';')
  ) {
    return placed
      .filter((p) => p.at === prior.at && p.rel.source.key === source.ref.key)
      .map((p) => actorOf(p.rel, 'target'));
  }
  const recent = [...history.slice(-LOOKBACK), ...placed.filter((p) => p.at < u.cue.at).map((p) => p.rel)];
  // Only a plain verb answers someone ("which Washington rejected"); "hostile forces" answers nobody.
  if (REACTIVE.has(root) && !u.cue.def.near) {
    // A rejection answers the latest act on the rejecter only if that was a demand, talks or a hostile act, never a pledge or praise ("both leaders reject extremism").
    const last = [...recent].reverse().find((r) => r.target.key === source.ref.key && r.source.key !== source.ref.key);
    // Co-actors ("both leaders reject extremism") act together, not on each other.
    const answered = last && ANSWERABLE(last.root) && !coActor(u, last.source.key) ? last : undefined;
    // A joint act ("Estonia, Latvia and Lithuania condemned …") is answered to every one of its actors.
    if (answered) {
      const joint = recent.filter(
        (r) =>
          r.evidence.start === answered.evidence.start &&
          r.cue === answered.cue &&
          r.target.key === source.ref.key &&
          r.source.key !== source.ref.key,
      );
      return [...new Map(joint.map((r) => [r.source.key, actorOf(r, 'source')])).values()];
    }
  }
  if (ADDRESSED.has(root)) {
    const talks = [...recent].reverse().find((r) => r.root === '04' && r.source.key === source.ref.key);
    if (talks && !coActor(u, talks.target.key)) return [actorOf(talks, 'target')];
  }
  return [];
}
