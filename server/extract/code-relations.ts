// Actor–cue–target coding within one sentence: the subject before the cue, the
// target after it, passives ("was sanctioned by Y") reversed, noun cues taking a
// possessive or demonym actor ("Russia's attack on Ukraine").
import { relationActor, type RelationActor } from './actor-ref.ts';
import type { Gazetteer } from './build-gazetteer.ts';
import { isQuestion, modalityBefore } from './detect-modality.ts';
import { findCues, type CueHit } from './find-cues.ts';
import type { ActorMention } from './find-mentions.ts';
import { cameoInfo } from './parse-cameo-codes.ts';
import type { Token } from './tokenize.ts';
import type { ExtractWarning, Relation } from './types.ts';
import type { Sentence } from './split-sentences.ts';

export interface RelationContext {
  /** Who "I", "we", "our" are (the document's speaker), as a relation actor. */
  speaker: RelationActor | null;
  /** Leader who was last the subject, for "he"/"she". */
  lastSubject: ActorMention | null;
  dateOf: (s: Sentence) => string | null;
}

const CLAUSE_STOP = new Set([';', ':']);
const CLAUSE_WORDS = new Set(['but', 'while', 'whereas', 'although', 'because', 'which', 'who', 'whom', 'since', 'unless', 'if']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const FIRST_PERSON = new Set(['i', 'we', 'my', 'our', 'me', 'us']);
const THIRD_PERSON = new Set(['he', 'she', 'his', 'her']);
const SPEECH = new Set(['said', 'says', 'say', 'wrote', 'writes', 'added', 'stated', 'told', 'stressed', 'emphasized', 'noted', 'declared', 'announced', 'according']);
const LIGHT = new Set(['impose', 'imposed', 'imposes', 'imposing', 'announce', 'announced', 'announces', 'launch', 'launched', 'launches', 'carry', 'carried', 'conduct', 'conducted', 'provide', 'provided', 'hold', 'held', 'take', 'took', 'taken', 'levy', 'levied', 'place', 'placed', 'continue', 'continued', 'continues', 'adopt', 'adopted', 'expand', 'expanded', 'tighten', 'tightened', 'join', 'joined', 'wage', 'waged', 'waging', 'unleashed', 'began', 'begun', 'started', 'pledge', 'pledged', 'offered', 'extended', 'sign', 'signed', 'welcomed']);
const MAX_TARGET_WORDS = 10;
/** Meetings and calls involve both sides equally. */
const SYMMETRIC = new Set(['040', '041', '044', '046']);
/** "the people of Ukraine", "the government of Japan": the state acts, though after "of". */
const OF_HEADS = new Set(['people', 'government', 'governments', 'forces', 'military', 'leaders', 'leader', 'president', 'citizens', 'army', 'parliament', 'minister', 'officials']);

function clauseStart(tokens: Token[], at: number): number {
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (CLAUSE_STOP.has(t.text) || (t.word && CLAUSE_WORDS.has(t.fold))) return k + 1;
  }
  return 0;
}

function insideQuote(tokens: Token[], at: number): number {
  let open = -1;
  for (let k = 0; k < at; k++) {
    const x = (tokens[k] as Token).text;
    if (x === '“') open = k;
    else if (x === '”') open = -1;
    else if (x === '"') open = open < 0 ? k : -1;
  }
  return open;
}

/** The speaker of a quoted sentence: a non-media mention next to a speech verb outside the quotes. */
function quoteSpeaker(tokens: Token[], mentions: ActorMention[], gaz: Gazetteer): ActorMention | null {
  for (let k = 0; k < tokens.length; k++) {
    if (!SPEECH.has((tokens[k] as Token).fold) || insideQuote(tokens, k) >= 0) continue;
    const m = mentions.find((x) => (x.to <= k && x.to >= k - 2) || (x.from > k && x.from <= k + 2 && !x.afterPrep));
    if (m && relationActor(gaz, m)) return m;
  }
  return null;
}

export interface CodedSentence {
  relations: Relation[];
  warnings: ExtractWarning[];
  subject: ActorMention | null;
}

/** Relations stated in one sentence. */
export function codeRelations(s: Sentence, tokens: Token[], mentions: ActorMention[], gaz: Gazetteer, ctx: RelationContext): CodedSentence {
  const out: CodedSentence = { relations: [], warnings: [], subject: null };
  if (mentions.length === 0 && !ctx.speaker) return out;
  const cues = findCues(tokens);
  if (cues.length === 0) return out;
  const question = isQuestion(s.text);
  const usedAsTarget = new Set<ActorMention>();
  const seen = new Set<string>();
  const placed: { at: number; end: number; root: string; rel: Relation }[] = [];
  for (const cue of cues) {
    const cs = clauseStart(tokens, cue.at);
    const qs = insideQuote(tokens, cue.at);
    const floor = Math.max(cs, qs >= 0 ? qs : 0);
    let modality = modalityBefore(tokens, cue.at, floor);
    const root = cue.code.slice(0, 2);
    if (modality === 'intent' && Number(root) >= 15 && !tokens.slice(Math.max(0, cue.at - 6), cue.at).some((t) => t.fold === 'continue' || t.fold === 'continues')) modality = 'hedged';
    if (question || modality === 'negated' || modality === 'hedged') {
      out.warnings.push({ code: modality === 'negated' ? 'skipped_negated' : 'skipped_hedged', message: `"${cue.text}" not coded: ${question ? 'question' : modality}`, start: s.start, end: s.end });
      continue;
    }
    const code = modality === 'intent' && cue.def.intent ? cue.def.intent : cue.code;
    const pair = pickActors(tokens, mentions, cue, floor, qs, gaz, ctx, usedAsTarget);
    if (!pair) continue;
    const { sources, targets, subjectMention } = pair;
    if (subjectMention?.kind === 'Leader' && !out.subject) out.subject = subjectMention;
    const pairs: [RelationActor, RelationActor][] = [];
    for (const source of sources) for (const target of targets) {
      pairs.push([source, target]);
      if (SYMMETRIC.has(code)) pairs.push([target, source]);
    }
    if (targets.length === 0 && SYMMETRIC.has(code)) for (const a of sources) for (const b of sources) if (a !== b) pairs.push([a, b]);
    for (const [source, target] of pairs) {
      if (target.ref.key === source.ref.key) continue;
      const id = `${source.ref.key}|${target.ref.key}|${code}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const info = cameoInfo(gaz.cameo, code);
      const via = source.via || target.via ? { ...(source.via ? { source: source.via } : {}), ...(target.via ? { target: target.via } : {}) } : undefined;
      placed.push({ at: cue.at, end: cue.end, root, rel: null as unknown as Relation });
      out.relations.push({
        source: source.ref, target: target.ref, cameo: code, label: info.label, root: info.root, quad: info.quad, goldstein: info.goldstein,
        date: ctx.dateOf(s), ...(via ? { via } : {}), cue: tokens.slice(cue.at, cue.end).map((t) => t.text).join(' '),
        evidence: { sentence: s.text, start: s.start, end: s.end },
      });
      (placed[placed.length - 1] as { rel: Relation }).rel = out.relations[out.relations.length - 1] as Relation;
    }
  }
  // "condemn the attack on Ukraine by Russia": disapproval of an act targets its actor.
  for (const a of placed) {
    if (!['10', '11', '12'].includes(a.root)) continue;
    const act = placed.find((b) => Number(b.root) >= 17 && b.at >= a.end && b.at <= a.end + 4 && b.rel.source.key !== a.rel.source.key);
    if (act && a.rel.target.key !== act.rel.source.key) {
      a.rel.target = act.rel.source;
      const via = act.rel.via?.source;
      if (via) a.rel.via = { ...(a.rel.via ?? {}), target: via };
      else if (a.rel.via) delete a.rel.via.target;
    }
  }
  const uniq = new Map(out.relations.map((r) => [`${r.source.key}|${r.target.key}|${r.cameo}`, r]));
  out.relations = [...uniq.values()];
  return out;
}

interface Picked {
  sources: RelationActor[];
  targets: RelationActor[];
  subjectMention: ActorMention | null;
}

function eligible(m: ActorMention, gaz: Gazetteer): boolean {
  return relationActor(gaz, m) !== null;
}

/** A mention and those coordinated with it by "and" / "," on one side. */
function group(mentions: ActorMention[], tokens: Token[], first: ActorMention, dir: 1 | -1, gaz: Gazetteer): ActorMention[] {
  const out = [first];
  let cur = first;
  for (;;) {
    const idx = mentions.indexOf(cur) + dir;
    const nx = mentions[idx];
    if (!nx || !eligible(nx, gaz)) break;
    const [a, b] = dir === 1 ? [cur.to, nx.from] : [nx.to, cur.from];
    const between = tokens.slice(a, b).filter((t) => !(t.fold === "'" || t.fold === 's'));
    if (between.length > 3 || !between.every((t) => t.fold === 'and' || t.fold === ',' || t.fold === 'the' || t.fold === 'or' || t.fold === '-')) break;
    out.push(nx);
    cur = nx;
  }
  return out;
}

const root = (cue: CueHit): string => cue.code.slice(0, 2);

function pickActors(tokens: Token[], mentions: ActorMention[], cue: CueHit, floor: number, qs: number, gaz: Gazetteer, ctx: RelationContext, used: Set<ActorMention>): Picked | null {
  const before = mentions.filter((m) => m.to <= cue.at && m.from >= floor && eligible(m, gaz));
  let subject: ActorMention | null = null;
  let targetFloor = cue.end;
  let passiveTarget: ActorMention | null = null;
  // Passive: "X was sanctioned by Y".
  const beBefore = tokens.slice(Math.max(0, cue.at - 3), cue.at).some((t) => BE.has(t.fold));
  const byIdx = tokens.slice(cue.end, cue.end + 4).findIndex((t) => t.fold === 'by');
  if (beBefore && byIdx >= 0 && /ed$|en$/.test(tokens[cue.at]?.fold ?? '')) {
    const agent = mentions.find((m) => m.from > cue.end + byIdx && m.from <= cue.end + byIdx + 3 && eligible(m, gaz));
    passiveTarget = [...before].reverse()[0] ?? null;
    if (agent && passiveTarget) {
      const src = relationActor(gaz, agent);
      const tgt = relationActor(gaz, passiveTarget);
      return src && tgt ? { sources: [src], targets: [tgt], subjectMention: agent } : null;
    }
    return null;
  }
  if (cue.def.noun) {
    // The actor of an action noun: a possessive or demonym just before it, or "by X" just after.
    subject = [...before].reverse().find((m) => m.from >= cue.at - 6 && (m.possessive || m.via === 'demonym')) ?? null;
    // "the attack on Ukraine by Russia", "condemnation from Japan": the agent follows.
    const off = tokens.slice(cue.end, cue.end + 5).findIndex((t) => t.fold === 'by' || (t.fold === 'from' && Number(root(cue)) < 17));
    if (!subject && off >= 0) {
      const byAt = cue.end + off;
      subject = mentions.find((m) => m.from > byAt && m.from <= byAt + 3 && eligible(m, gaz)) ?? null;
      if (subject && off === 0) targetFloor = subject.to;
    }
    if (!subject && (Number(root(cue)) >= 17 || !tokens.slice(floor, cue.at).some((t) => LIGHT.has(t.fold)))) return null;
  }
  const subjectLike = (m: ActorMention): boolean => !m.afterPrep || (m.afterPrep === 'of' && OF_HEADS.has(tokens[m.from - 2]?.fold ?? tokens[m.from - 1]?.fold ?? ''));
  if (!subject) subject = [...before].reverse().find((m) => subjectLike(m) && !used.has(m)) ?? null;
  let source: RelationActor | null = subject ? relationActor(gaz, subject) : null;
  const subjects = subject ? group(before, tokens, subject, -1, gaz) : [];
  if (!source) {
    const pron = tokens.slice(floor, cue.at).filter((t) => t.word && (FIRST_PERSON.has(t.text.toLowerCase()) || THIRD_PERSON.has(t.fold)));
    const p = pron[0];
    if (p && FIRST_PERSON.has(p.text === 'I' ? 'i' : p.text.toLowerCase()) && (p.text !== 'US')) source = ctx.speaker;
    else if (p && THIRD_PERSON.has(p.fold) && ctx.lastSubject) {
      source = relationActor(gaz, ctx.lastSubject);
      subject = ctx.lastSubject;
    }
  }
  if (!source && qs >= 0) {
    const sp = quoteSpeaker(tokens, mentions, gaz);
    if (sp) {
      source = relationActor(gaz, sp);
      subject = sp;
    }
  }
  if (!source) return null;
  // Target: the first actor after the cue in the same clause, skipping the source's own state.
  let words = 0;
  let first: ActorMention | null = null;
  for (let k = targetFloor, mi = 0; k < tokens.length && words < MAX_TARGET_WORDS; k++) {
    const t = tokens[k] as Token;
    if (CLAUSE_STOP.has(t.text) || (t.word && CLAUSE_WORDS.has(t.fold))) break;
    if (t.word) words++;
    while (mi < mentions.length && (mentions[mi] as ActorMention).from < k) mi++;
    const m = mentions[mi];
    if (m && m.from === k && m.afterPrep !== 'at' && eligible(m, gaz) && relationActor(gaz, m)?.ref.key !== source.ref.key && m !== subject) {
      first = m;
      break;
    }
  }
  // "the people of Ukraine … suffer an attack by Russian forces": a conflict noun's victim may come first.
  if (!first && cue.def.noun && Number(root(cue)) >= 17) {
    first = [...mentions].reverse().find((m) => m.to <= cue.at && m !== subject && eligible(m, gaz) && relationActor(gaz, m)?.ref.key !== source?.ref.key) ?? null;
    if (first) return { sources: [source], targets: [relationActor(gaz, first) as RelationActor], subjectMention: subject };
  }
  if (!first) {
    if (SYMMETRIC.has(cue.code) && subjects.length > 1) {
      const all = subjects.map((m) => relationActor(gaz, m)).filter((x): x is RelationActor => x !== null);
      return { sources: all, targets: [], subjectMention: subject };
    }
    return null;
  }
  const targets = group(mentions, tokens, first, 1, gaz);
  for (const t of targets) used.add(t);
  const refs = targets.map((m) => relationActor(gaz, m)).filter((x): x is RelationActor => x !== null);
  // Coordinated subjects ("the US and the EU condemned …") each act.
  const sources = subjects.length > 1 ? subjects.map((m) => relationActor(gaz, m)).filter((x): x is RelationActor => x !== null) : [source];
  return { sources, targets: refs, subjectMention: subject };
}
