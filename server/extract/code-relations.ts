// Actor–cue–target coding within one sentence. Negated, hedged and questioned
// cues are skipped; intent ("will provide aid") becomes CAMEO 03, a future
// conflictual act a threat (13). Targets the sentence leaves implicit are
// inferred from what the document said before (see infer-target.ts).
import type { RelationActor } from './actor-ref.ts';
import type { Gazetteer } from './build-gazetteer.ts';
import { clauseStart, insideQuote } from './clause-bounds.ts';
import { isQuestion, modalityBefore } from './detect-modality.ts';
import { tagSentence } from './analysis/tag-sentence.ts';
import { findCues, type CueHit } from './find-cues.ts';
import { imperativeDemand } from './imperative-demand.ts';
import type { ActorMention } from './find-mentions.ts';
import { actObject, inferTarget, latestActAgents, type Untargeted } from './infer-target.ts';
import { isReciprocal } from './is-reciprocal.ts';
import { isNominal } from './nominal-use.ts';
import { cameoInfo } from './parse-cameo-codes.ts';
import { pickActors } from './pick-actors.ts';
import { quoteSpeaker } from './quote-speaker.ts';
import { DISAPPROVAL, retargetDisapproval, type Placed } from './retarget-disapproval.ts';
import type { Sentence } from './split-sentences.ts';
import type { Token } from './tokenize.ts';
import type { ExtractWarning, Relation, Veto } from './types.ts';
import type { Candidate, VetoRule } from './rules/rule.ts';
import { EARLY_VETOES, LATE_VETOES } from './rules/veto-rules.ts';
import { agreedOnThing, refusedCooperation } from './rules/recode-rules.ts';

export interface RelationContext {
  /** Who "I", "we", "our" are (the document's speaker), as a relation actor. */
  speaker: RelationActor | null;
  /** Leader who was last the subject, for "he"/"she". */
  lastSubject: ActorMention | null;
  /** The previous sentence's main actor, for "It"/"They" opening a sentence. */
  antecedent?: RelationActor | null;
  /** Co-signers of a joint statement the document reports: who "we" are. */
  cosigners?: RelationActor[] | null;
  /** Relations coded so far in the document, oldest first (read only). */
  history?: readonly Relation[];
  dateOf: (s: Sentence) => string | null;
}

export interface CodedSentence {
  relations: Relation[];
  warnings: ExtractWarning[];
  subject: ActorMention | null;
  /** Candidates the veto rules dropped, with the rule. */
  vetoes: Veto[];
  /** The sentence's main actor, the antecedent of "it"/"they" in the next one. */
  topic: RelationActor | null;
}

/** Meetings, calls, hosted visits and agreements involve both sides equally. */
const SYMMETRIC = new Set(['040', '041', '043', '044', '046', '057']);
/** Coordinated subjects without a target act together: "X and Y agreed to …", "the two leaders held talks", "held joint drills". */
const MUTUAL = new Set([...SYMMETRIC, '030', '031', '032', '036', '062']);
/** Intent to do a cooperative act of a root, as the 03 code for it. */
const INTENT_OF_ROOT: Record<string, string> = { '04': '036', '05': '032', '06': '031', '07': '033', '08': '035' };
/** Performative expressions stay asserted after "want to" ("I want to thank …"). */
const PERFORMATIVE = new Set(['051']);

/** Runs veto rules in order; the first that applies drops the candidate and is recorded. */
function vetoed(rules: readonly VetoRule[], c: Candidate, out: CodedSentence, s: Sentence): boolean {
  for (const r of rules) {
    if (!r.apply(c)) continue;
    out.vetoes.push({ rule: r.id, cue: c.cue.text, cueRule: c.cue.rule, start: s.start, end: s.end });
    return true;
  }
  return false;
}

function codeFor(cue: CueHit, modality: string, tokens: Token[]): string | null {
  const root = cue.code.slice(0, 2);
  if (modality !== 'intent') return cue.code;
  const ongoing = tokens
    .slice(Math.max(0, cue.at - 6), cue.at)
    .some((t) => t.fold === 'continue' || t.fold === 'continues');
  if (Number(root) >= 14) return ongoing ? cue.code : root === '16' ? '1312' : Number(root) >= 17 ? '138' : '130';
  return cue.def.intent ?? INTENT_OF_ROOT[root] ?? cue.code;
}

/** Relations stated in one sentence. */
export function codeRelations(
  s: Sentence,
  tokens: Token[],
  mentions: ActorMention[],
  gaz: Gazetteer,
  ctx: RelationContext,
): CodedSentence {
  const out: CodedSentence = { relations: [], warnings: [], subject: null, topic: null, vetoes: [] };
  const topicMention = mentions.find((m) => !m.afterPrep && !m.modifier && !m.place);
  if (topicMention && topicMention.state)
    out.topic = {
      ref: {
        kind: 'State',
        key: topicMention.state,
        name: gaz.states.get(topicMention.state)?.name ?? topicMention.state,
      },
    };
  if (mentions.length === 0 && !ctx.speaker) return out;
  let tags: readonly string[] | null = null;
  const pos = (): readonly string[] => (tags ??= tagSentence(s.text, s.start, tokens));
  const cues = findCues(tokens, pos);
  const order = isQuestion(s.text)
    ? null
    : imperativeDemand(tokens, mentions, gaz, ctx.speaker, ctx.antecedent ?? null);
  if (order) {
    const t = tokens[order.at] as Token;
    const cue: CueHit = {
      def: { id: 'imperative-demand', why: 'an imperative addressed to a state', head: [t.fold], code: '100' },
      code: '100',
      at: order.at,
      end: order.at + 1,
      text: t.text,
      rule: 'imperative-demand',
    };
    out.relations.push(makeRelation(order.source, order.target, '100', cue, tokens, s, gaz, ctx));
  }
  if (cues.length === 0) return out;
  const question = isQuestion(s.text);
  const used = new Set<ActorMention>();
  const seen = new Set<string>();
  const placed: Placed[] = [];
  const untargeted: Untargeted[] = [];
  const disapprovals: { u: Untargeted; act: { at: number; root: string | null } }[] = [];
  const pctx = {
    speaker: ctx.speaker,
    lastSubject: ctx.lastSubject,
    antecedent: ctx.antecedent ?? null,
    cosigners: ctx.cosigners ?? null,
  };
  const demonymEnds = new Set(
    mentions.filter((m) => m.via === 'demonym' || m.possessive).map((m) => m.to + (m.possessive ? 2 : 0)),
  );
  let lastEventNoun = -1;
  for (const cue of cues) {
    const cs = clauseStart(tokens, cue.at);
    const qs = insideQuote(tokens, cue.at);
    const floor = Math.max(cs, qs >= 0 ? qs : 0);
    // The tagger tells noun from verb ("the Islamic terror attacks"); the word-position guess stays for other tags.
    // A sentence's first word is tagged a name when capitalised ("Clashes between …"): read it as the noun it is.
    const tag = cue.def.noun === true ? (cue.at === 0 && pos()[0] === 'PROPN' ? 'NOUN' : pos()[cue.at]) : undefined;
    const nominal =
      cue.def.noun === true &&
      (tag === 'NOUN' || tag === 'VERB' ? tag === 'NOUN' : isNominal(tokens, cue.at, demonymEnds.has(cue.at)));
    const root = Number(cue.code.slice(0, 2));
    const cand: Candidate = { tokens, mentions, cue, nominal, floor, lastEventNoun, negatedCode: null, pos };
    if (nominal && root >= 17) lastEventNoun = cue.at;
    if (vetoed(EARLY_VETOES, cand, out, s)) continue;
    // An act noun with its own actor ("Russia's aggression") is reported as fact, whatever the clause's verb does.
    let pick = nominal
      ? pickActors({ tokens, mentions, cue, nominal, floor, gaz, ctx: pctx, used: new Set(used), pos })
      : null;
    const ownActor = pick !== null && pick.agent !== null;
    const modality = ownActor
      ? 'asserted'
      : modalityBefore(tokens, cue.at, Math.max(0, floor - 1), PERFORMATIVE.has(cue.code));
    // "does not recognise", "has no legitimacy": the negation itself is the act (a rejection).
    let negatedCode = modality === 'negated' ? (cue.def.negated ?? (cue.def.onlyNegated ? cue.code : null)) : null;
    let recodedBy: string | null = null;
    if (modality === 'negated' && !negatedCode && refusedCooperation.apply(cand)) {
      negatedCode = '120';
      recodedBy = refusedCooperation.id;
    }
    if (cue.def.onlyNegated && modality !== 'negated') continue;
    cand.negatedCode = negatedCode;
    if (vetoed(LATE_VETOES, cand, out, s)) continue;
    if (question || (modality === 'negated' && !negatedCode) || modality === 'hedged') {
      out.warnings.push({
        code: modality === 'negated' ? 'skipped_negated' : 'skipped_hedged',
        message: `"${cue.text}" not coded: ${question ? 'question' : modality}`,
        start: s.start,
        end: s.end,
      });
      continue;
    }
    let code = negatedCode ?? codeFor(cue, modality, tokens);
    if (!code) continue;
    // "agreed to a ceasefire": an agreement concluded, coded under the recode's id (symmetric as every 057).
    let agreedBy: string | null = null;
    if (modality === 'asserted' && agreedOnThing.apply(cand)) {
      code = '057';
      agreedBy = agreedOnThing.id;
    }
    pick = pickActors({ tokens, mentions, cue, nominal, floor, gaz, ctx: pctx, used, pos });
    if (!pick && qs >= 0) {
      const sp = quoteSpeaker(tokens, mentions, gaz);
      if (sp)
        pick = pickActors({
          tokens,
          mentions: [sp, ...mentions.filter((m) => m !== sp && m.from >= floor)],
          cue,
          nominal,
          floor: 0,
          gaz,
          ctx: pctx,
          used,
        });
    }
    if (!pick) continue;
    const { sources, subjectMention } = pick;
    // "Pakistani and US forces exchanged fire on the border": coordinated sides of a mutual act are each other's target.
    const targets = cue.def.mutual && sources.length > 1 ? [] : pick.targets;
    if (subjectMention?.kind === 'Leader' && !out.subject) out.subject = subjectMention;
    // One event per pair and clause: "provide support and assistance to Ukraine" is one act.
    const secondary = nominal || tokens[cue.at - 1]?.fold === 'to';
    const pairs: [RelationActor, RelationActor][] = [];
    // `mutual: false` keeps a consultation one way ("invites the Togolese president": the inviter acts).
    const symmetric =
      !recodedBy &&
      cue.def.mutual !== false &&
      (SYMMETRIC.has(code) || cue.def.mutual === true || isReciprocal(tokens, cue));
    for (const source of sources)
      for (const target of targets) {
        if (
          secondary &&
          placed.some(
            (p) => p.floor === floor && p.rel.source.key === source.ref.key && p.rel.target.key === target.ref.key,
          )
        )
          continue;
        pairs.push([source, target]);
        if (symmetric) pairs.push([target, source]);
      }
    if (targets.length === 0 && (symmetric || MUTUAL.has(code)) && sources.length > 1)
      for (const a of sources) for (const b of sources) if (a !== b) pairs.push([a, b]);
    const u: Untargeted = { cue, code, floor, sources, agent: pick.agent };
    const act = DISAPPROVAL.has(code.slice(0, 2)) ? actObject(tokens, cue, cues, mentions) : null;
    if (act) disapprovals.push({ u, act });
    else if (targets.length === 0 && sources.length > 0) untargeted.push(u);
    for (const [source, target] of pairs) {
      if (target.ref.key === source.ref.key) continue;
      const id = `${source.ref.key}|${target.ref.key}|${code}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const rel = makeRelation(source, target, code, cue, tokens, s, gaz, ctx);
      if (recodedBy ?? agreedBy) rel.rule = (recodedBy ?? agreedBy) as string;
      placed.push({ at: cue.at, end: cue.end, floor, root: code.slice(0, 2), rel });
      out.relations.push(rel);
    }
  }
  retargetDisapproval(placed);
  const add = (u: Untargeted, source: RelationActor, target: RelationActor): void => {
    const id = `${source.ref.key}|${target.ref.key}|${u.code}`;
    if (target.ref.key === source.ref.key || seen.has(id)) return;
    seen.add(id);
    const rel = makeRelation(source, target, u.code, u.cue, tokens, s, gaz, ctx);
    placed.push({ at: u.cue.at, end: u.cue.end, floor: u.floor, root: u.code.slice(0, 2), rel });
    out.relations.push(rel);
  };
  // "Iran condemned the strikes": an act the sentence does not code is the one the document last reported.
  for (const { u, act } of disapprovals) {
    if (placed.some((p) => p.at === act.at)) continue;
    const agents = u.sources.flatMap((src) =>
      latestActAgents(ctx.history ?? [], act.root, src.ref.key).map((a) => [src, a] as const),
    );
    if (agents.length === 0) {
      if (!placed.some((p) => p.at === u.cue.at)) untargeted.push(u);
      continue;
    }
    const mine = new Set(placed.filter((p) => p.at === u.cue.at).map((p) => p.rel));
    out.relations = out.relations.filter((r) => !mine.has(r));
    for (let i = placed.length - 1; i >= 0; i--) if (mine.has((placed[i] as Placed).rel)) placed.splice(i, 1);
    for (const [src, a] of agents) add(u, src, a);
  }
  for (const u of untargeted) {
    for (const source of u.sources) {
      for (const target of inferTarget(u, source, tokens, placed, ctx.history ?? [])) add(u, source, target);
    }
  }
  const uniq = new Map(out.relations.map((r) => [`${r.source.key}|${r.target.key}|${r.cameo}`, r]));
  out.relations = [...uniq.values()];
  return out;
}

function makeRelation(
  source: RelationActor,
  target: RelationActor,
  code: string,
  cue: CueHit,
  tokens: Token[],
  s: Sentence,
  gaz: Gazetteer,
  ctx: RelationContext,
): Relation {
  const info = cameoInfo(gaz.cameo, code);
  const via =
    source.via || target.via
      ? { ...(source.via ? { source: source.via } : {}), ...(target.via ? { target: target.via } : {}) }
      : undefined;
  return {
    source: source.ref,
    target: target.ref,
    cameo: code,
    label: info.label,
    root: info.root,
    quad: info.quad,
    goldstein: info.goldstein,
    date: ctx.dateOf(s),
    ...(via ? { via } : {}),
    cue: tokens
      .slice(cue.at, cue.end)
      .map((t) => t.text)
      .join(' '),
    rule: cue.rule,
    evidence: { sentence: s.text, start: s.start, end: s.end },
  };
}
