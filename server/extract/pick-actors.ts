// Source and target of one cue within its clause: the subject before the cue
// (a name, or a pronoun resolved), the target after it; passives reversed
// ("X was sanctioned by Y"); an action noun takes its actor from a possessive,
// a demonym or "by X" ("Russia's attack on Ukraine", "condemnation from Japan").
import { agentAt } from './analysis/mark-agents.ts';
import { loadLexicon } from './lexicon/load-lexicon.ts';
import { relationActor, type RelationActor } from './actor-ref.ts';
import type { Gazetteer } from './build-gazetteer.ts';
import { opensClause } from './clause-bounds.ts';
import type { CueHit } from './find-cues.ts';
import type { ActorMention } from './find-mentions.ts';
import { TITLE_WORDS } from './mark-modifiers.ts';
import { pronounUse, resolvePronoun, type PronounContext, type Resolved } from './resolve-pronoun.ts';
import type { Token } from './tokenize.ts';

export interface Picked {
  sources: RelationActor[];
  targets: RelationActor[];
  subjectMention: ActorMention | null;
  /** How a noun cue's actor was found: "by X" after it, "from X" after it, or before it. */
  agent: 'by' | 'from' | 'before' | null;
}

export interface PickInput {
  tokens: Token[];
  mentions: ActorMention[];
  cue: CueHit;
  nominal: boolean;
  floor: number; // first token of the cue's clause
  gaz: Gazetteer;
  ctx: PronounContext;
  used: Set<ActorMention>;
  /** The sentence's part-of-speech tags, when the caller has the tagger at hand. */
  pos?: () => readonly string[];
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Verbs whose object is an act noun the subject performs: "launched air strikes", "imposes sanctions" (every tense). */
export const LIGHT: ReadonlySet<string> = loadLexicon().lists.lightVerbs;
/** A light verb governs the act noun at `at` ("launched air strikes"), not past an infinitive ("taking to rally condemnation"). */
function lightVerbBefore(tokens: Token[], floor: number, at: number, verbs: ReadonlySet<string> = LIGHT): boolean {
  for (let k = at - 1; k >= floor; k--) {
    const f = tokens[k]?.fold ?? '';
    if (f === 'to') return false;
    if (verbs.has(f)) return true;
  }
  return false;
}
/** A verb of expression governs the stance noun at `at` ("voiced support for"): its subject holds the stance. */
function governedBefore(tokens: Token[], floor: number, at: number, governors: readonly string[] | undefined): boolean {
  if (!governors) return false;
  for (let k = at - 1; k >= Math.max(floor, at - 5); k--) {
    const f = tokens[k]?.fold ?? '';
    if (f === 'to') return false;
    if (governors.some((g) => f.startsWith(g.replace(/\+$/, '')))) return true;
  }
  return false;
}
/** Light verbs whose subject carries out a force noun ("launched an attack on", "waged war against"). */
const FORCE_LIGHT: ReadonlySet<string> = loadLexicon().lists.forceLightVerbs;
const MAX_TARGET_WORDS = 10;
const NP_STARTS = new Set(['the', 'a', 'an', 'this', 'these', 'that', 'those']);
/** "demanded that Belarus free …": a demand's or an appeal's addressee is the subject after "that". */
const ADDRESSED_ROOTS = new Set([2, 10]);
/** Only time words may stand between ("demanded on Saturday that"); "demanded guarantees that NATO …" has its object. */
const adverbial = (t: Token): boolean =>
  !t.word ||
  /^\p{Lu}/u.test(t.text) ||
  /ly$/.test(t.fold) ||
  ['on', 'in', 'at', 'last', 'this', 'today', 'tonight', 'yesterday', 'again', 'also'].includes(t.fold);
/** "the people of Ukraine", "the government of Japan": the state acts, though after "of". */
const OF_HEADS = new Set([
  'people',
  'government',
  'governments',
  'forces',
  'military',
  'leaders',
  'leader',
  'president',
  'citizens',
  'army',
  'parliament',
  'minister',
  'officials',
]);
/**
 * Where a visit, a show of force or a strike goes may be named as a place ("arrived in Moscow", "drills near Taiwan",
 * "strikes in Yemen"); where a reduction of relations or an arrest happens names no target ("boycotted the summit in
 * Geneva", "detained in Minsk", "closed its embassy in Kyiv" as fighting neared).
 */
const placeTarget = (code: string): boolean => {
  const r = Number(code.slice(0, 2));
  return code === '042' || code === '043' || r === 15 || r >= 18;
};
const LOCATIVE = loadLexicon().lists.locativePrepositions;
/** "The government", "the authorities" opening a sentence: the state the sentence before was about. */
const ANAPHORIC = loadLexicon().lists.anaphoricStateHeads;
const JUDGING = loadLexicon().lists.judgingVerbs;
const THEATRE = loadLexicon().lists.theatreNouns;
const root = (cue: CueHit): number => Number(cue.code.slice(0, 2));
/** Acts that always have a victim, who may be named before them ("Ukraine … in the face of Russia's invasion"). */
const DIRECTED = new Set([
  'aggression',
  'invasion',
  'attack',
  'attacks',
  'assault',
  'assaults',
  'war',
  'strike',
  'strikes',
  'airstrikes',
  'bombardment',
  'bombardments',
  'occupation',
  'annexation',
  'offensive',
  'brutality',
]);

/** "receives tanks from Poland": a giver named before a directed act noun is not its victim ("stand by Ukraine" may be). */
const subjectLikeVictim = (m: ActorMention): boolean => m.afterPrep !== 'from';

function actorOf(gaz: Gazetteer, m: ActorMention): RelationActor | null {
  return m.modifier ? null : relationActor(gaz, m);
}

/** Is the mention before m joined to it by a bare comma ("Estonia, Latvia, and …")? */
function commaLinkBefore(list: ActorMention[], tokens: Token[], m: ActorMention, gaz: Gazetteer): boolean {
  const pv = list[list.indexOf(m) - 1];
  if (!pv || !actorOf(gaz, pv)) return false;
  const between = tokens.slice(pv.to, m.from).filter((t) => t.fold !== 'the');
  return between.length === 1 && between[0]?.fold === ',';
}

/** Phrases that join coordinated actors as "and" does ("together with", "along with", "as well as", "plus"). */
const COORDINATING: readonly string[][] = [...loadLexicon().lists.coordinatingPhrases].map((p) => p.split(' '));
const COORDINATING_FIRST = new Set(COORDINATING.map((p) => p[0] as string));
const AND = { fold: 'and' } as Token;
const COLLECTIVE_HEADS = loadLexicon().lists.collectiveHeads;
/** Length of the coordinating phrase among `between`, or 0. */
function coordinatingPhrase(between: readonly Token[]): number {
  const i = between.findIndex((t) => COORDINATING_FIRST.has(t.fold));
  if (i < 0) return 0;
  const words = between.slice(i).map((t) => t.fold);
  const hit = COORDINATING.find((p) => p.every((w, j) => words[j] === w));
  return hit ? hit.length : 0;
}

/** A mention and those coordinated with it by "and" / "," on one side (titles and their state words skipped). */
export function group(
  mentions: ActorMention[],
  tokens: Token[],
  first: ActorMention,
  dir: 1 | -1,
  gaz: Gazetteer,
): ActorMention[] {
  const list = mentions.filter((m) => !m.modifier && !m.place);
  const out = [first];
  const links: boolean[] = []; // per link, in the order found: does it have "and"/"or"?
  let cur = first;
  for (;;) {
    const nx = list[list.indexOf(cur) + dir];
    if (!nx || !actorOf(gaz, nx)) break;
    const [a, b] = dir === 1 ? [cur.to, nx.from] : [nx.to, cur.from];
    const between = tokens.slice(a, b).filter(
      (t, i) =>
        !(
          t.fold === "'" ||
          t.fold === 's' ||
          TITLE_WORDS.has(t.fold) ||
          // "the G8 countries, plus Brazil": a body's members named after it
          (i === 0 && COLLECTIVE_HEADS.has(t.fold)) ||
          mentions.some((m) => m.modifier && m.from <= a + i && a + i < m.to)
        ),
    );
    // "Poland, together with Lithuania,", "the G8 plus Brazil": a coordinating phrase joins as "and" does
    const phrase = coordinatingPhrase(between);
    if (phrase > 0)
      between.splice(
        between.findIndex((t) => COORDINATING_FIRST.has(t.fold)),
        phrase,
        AND,
      );
    if (
      between.length > 3 ||
      !between.every((t) => t.fold === 'and' || t.fold === ',' || t.fold === 'the' || t.fold === 'or' || t.fold === '-')
    )
      break;
    // ", and" joins a list only after a bare comma ("A, B, and C"); "… from Belarus, and Latvia expelled …" joins clauses.
    const commaAnd = phrase === 0 && between[0]?.fold === ',' && between.some((t) => t.fold === 'and');
    if (commaAnd && (dir === 1 ? !links.includes(false) : !commaLinkBefore(list, tokens, nx, gaz))) break;
    links.push(b <= a || between.some((t) => t.fold === 'and' || t.fold === 'or' || t.fold === '-')); // b <= a: "the two sides", one span
    out.push(nx);
    cur = nx;
  }
  // A list ends in "and"/"or" ("A, B and C"); a bare comma may end a clause instead ("… Ukraine, the EU would …").
  if (dir === 1) {
    const last = links.lastIndexOf(true);
    return out.slice(0, last + 2);
  }
  return links[0] === true || links.length === 0 ? out : [first];
}

/**
 * "Nigeria said Boko Haram fighters attacked a village": a group that does not act for a state (Phoenix agents:
 * rebels, militants, fighters, protesters) right before the verb is its subject, so a name further back is not.
 */
function nounSubjectBefore(p: PickInput, named: ActorMention): boolean {
  const pos = p.pos?.() ?? [];
  let k = p.cue.at - 1;
  while (k > named.to && (pos[k] === 'ADV' || pos[k] === 'AUX' || pos[k] === 'PART')) k--;
  if (k < named.to || pos[k] !== 'NOUN' || agentAt(p.tokens, k)?.state !== false) return false;
  return !p.mentions.some((m) => m.from <= k && k <= m.to);
}

/** The clause's subject before the cue: the nearest subject-like name or subject pronoun. */
function subjectBefore(p: PickInput, before: ActorMention[]): Resolved | null {
  const { tokens, cue, floor, gaz, used } = p;
  const subjectLike = (m: ActorMention): boolean =>
    !m.place &&
    !used.has(m) &&
    (!m.afterPrep ||
      (m.afterPrep === 'of' && OF_HEADS.has(tokens[m.from - 2]?.fold ?? '')) ||
      // "Egypt, together with Jordan, condemns": coordinated with the subject, so a subject too
      (m.afterPrep === 'with' && COORDINATING_FIRST.has(tokens[m.from - 2]?.fold ?? '')));
  const named = [...before].reverse().find(subjectLike) ?? null;
  let pron = -1;
  for (let k = cue.at - 1; k >= floor && k >= cue.at - 12; k--) {
    const u = pronounUse(tokens[k] as Token, tokens[k + 1]);
    if (u && u.use === 'subject') {
      pron = k;
      break;
    }
    if (named && k < named.to) break;
  }
  if (pron >= 0 && (!named || pron > named.from)) {
    const r = resolvePronoun(tokens, pron, p.mentions, gaz, p.ctx);
    if (r) return r;
  }
  if (named && p.pos && !p.nominal && nounSubjectBefore(p, named)) return null;
  const a = named ? actorOf(gaz, named) : null;
  if (a && named) return { actor: a, mention: named };
  // "Albania suffers a power shortage. The government plans to import power from Romania": the state just named
  if (floor === 0 && p.ctx.antecedent && ANAPHORIC.has(tokens[1]?.fold ?? '') && tokens[0]?.fold === 'the')
    return cue.at > 1 ? { actor: p.ctx.antecedent, mention: null } : null;
  return null;
}

/** A noun cue's actor: possessive, demonym or pronoun just before it, or "by"/"from X" just after it. */
function nounAgent(
  p: PickInput,
  before: ActorMention[],
): (Resolved & { agent: 'by' | 'from' | 'before'; floor: number }) | null {
  const { tokens, cue, gaz, mentions } = p;
  // "Russia's attack", "Russian aggression", "by UN sanctions" (a qualifier right before the noun, whatever governs the phrase).
  const attributive = (m: ActorMention): boolean =>
    m.to === cue.at ||
    (m.to === cue.at - 1 &&
      (m.via === 'demonym' || /^[A-Z.]+$/.test(m.text)) &&
      /^\p{Ll}+$/u.test(tokens[m.to]?.text ?? ''));
  // A determiner after the qualifier starts another noun phrase ("the Danish government rejected the accusation").
  // "a French court banned protests": a verb between ends the noun phrase the demonym opens
  const sameNp = (m: ActorMention): boolean =>
    !tokens.slice(m.to, cue.at).some((t) => NP_STARTS.has(t.fold)) &&
    !(p.pos?.() ?? []).slice(m.to, cue.at).some((tag) => tag === 'VERB' || tag === 'AUX');
  const near = [...before].reverse().find(
    (m) =>
      m.from >= cue.at - 6 &&
      !m.place &&
      // "the Paris attacks", "the Kyiv strikes": a city before a force noun names where it happened.
      !(m.via === 'capital' && !m.possessive && root(cue) >= 18) &&
      // "the Syrian war": a demonym before a war names its theatre.
      !(m.via === 'demonym' && THEATRE.has(tokens[cue.at]?.fold ?? '')) &&
      (attributive(m) || ((m.possessive || m.via === 'demonym') && !m.afterPrep && (m.possessive || sameNp(m)))),
  );
  if (near) {
    const a = actorOf(gaz, near);
    if (a) return { actor: a, mention: near, agent: 'before', floor: cue.end };
  }
  for (let k = cue.at - 1; k >= Math.max(p.floor, cue.at - 3); k--) {
    const u = pronounUse(tokens[k] as Token, tokens[k + 1]);
    if (u?.use === 'possessive') {
      const r = resolvePronoun(tokens, k, mentions, gaz, p.ctx);
      if (r) return { ...r, agent: 'before', floor: cue.end };
      break;
    }
  }
  let off = -1;
  for (let k = cue.end; k < Math.min(tokens.length, cue.end + 5) && off < 0; k++) {
    const t = tokens[k] as Token;
    if (opensClause(tokens, k) || t.fold === 'that') break;
    if (t.fold === 'by' || (t.fold === 'from' && root(cue) < 17)) off = k - cue.end;
  }
  if (off < 0) return null;
  const byAt = cue.end + off;
  const m = mentions.find((x) => x.from > byAt && x.from <= byAt + 4 && !x.modifier && actorOf(gaz, x));
  const a = m ? actorOf(gaz, m) : null;
  return a && m
    ? {
        actor: a,
        mention: m,
        agent: (tokens[byAt] as Token).fold === 'by' ? 'by' : 'from',
        floor: off === 0 ? m.to : cue.end,
      }
    : null;
}

/** The first actor after the cue in its clause that is not the source. */
function targetAfter(
  p: PickInput,
  from: number,
  source: RelationActor,
  subject: ActorMention | null,
): ActorMention | RelationActor | null {
  // A victim named in the clause wins over where it happened ("a strike in Baghdad killed an Iranian general").
  return (
    targetScan(p, from, source, subject, false) ??
    (placeTarget(p.cue.code) ? targetScan(p, from, source, subject, true) : null)
  );
}

function targetScan(
  p: PickInput,
  from: number,
  source: RelationActor,
  subject: ActorMention | null,
  places: boolean,
): ActorMention | RelationActor | null {
  const { tokens, mentions, cue, gaz } = p;
  let words = 0;
  for (let k = from, mi = 0; k < tokens.length && words < MAX_TARGET_WORDS; k++) {
    const t = tokens[k] as Token;
    if (
      k > cue.at &&
      t.fold === 'that' &&
      ADDRESSED_ROOTS.has(root(cue)) &&
      !places &&
      tokens.slice(cue.end, k).every(adverbial)
    ) {
      const m = mentions.find(
        (x) => (x.from === k + 1 || (x.from === k + 2 && tokens[k + 1]?.fold === 'the')) && !x.modifier && !x.place,
      );
      const a = m ? actorOf(gaz, m) : null;
      return m && a && a.ref.key !== source.ref.key ? m : null;
    }
    if (k > cue.at && (opensClause(tokens, k) || t.fold === 'that')) break;
    // ", and Poland has deployed …" starts another clause; a list of targets is grown from its first member.
    if (k > cue.at && t.fold === ',' && tokens[k + 1]?.fold === 'and' && /^\p{Lu}/u.test(tokens[k + 2]?.text ?? ''))
      break;
    if (t.word) words++;
    const u = pronounUse(t, tokens[k + 1]);
    if (u?.person === 1 && u.use === 'object' && p.ctx.speaker && p.ctx.speaker.ref.key !== source.ref.key)
      return p.ctx.speaker;
    while (mi < mentions.length && (mentions[mi] as ActorMention).from < k) mi++;
    const m = mentions[mi];
    if (!m || m.from !== k || m === subject || m.modifier) continue;
    if ((m.place || (m.afterPrep !== null && LOCATIVE.has(m.afterPrep))) !== places) continue;
    if (cue.def.partner && m.afterPrep !== cue.def.partner && !(cue.def.objectPartner && m.afterPrep === null))
      continue;
    const a = actorOf(gaz, m);
    if (a && a.ref.key !== source.ref.key) return m;
  }
  return null;
}

/** "Washington said the Nicaraguan government has no legitimacy": the nearest actor is judged, the first one judges. */
function patientFirst(p: PickInput, before: ActorMention[]): Picked | null {
  const judged = [...before].reverse().find((m) => !m.place);
  const tgt = judged ? actorOf(p.gaz, judged) : null;
  if (!judged || !tgt) return null;
  const judge = before.find(
    (m) => m !== judged && !m.afterPrep && !m.place && actorOf(p.gaz, m)?.ref.key !== tgt.ref.key,
  );
  const src = judge ? actorOf(p.gaz, judge) : p.ctx.speaker;
  return src ? { sources: [src], targets: [tgt], subjectMention: judge ?? null, agent: null } : null;
}

/** "talks between Chile and Peru", "clashes between A and B": the coordinated actors after "between" are the sides. */
function betweenSides(p: PickInput): RelationActor[] | null {
  const { tokens, mentions, cue, gaz } = p;
  for (let k = cue.at + 1, words = 0; k < tokens.length && words < 5; k++) {
    const t = tokens[k] as Token;
    if (opensClause(tokens, k) || t.fold === 'that' || t.fold === ',') return null;
    if (t.word) words++;
    if (t.fold !== 'between') continue;
    const first = mentions.find((m) => m.from > k && m.from <= k + 4 && !m.modifier && actorOf(gaz, m));
    if (!first) return null;
    const sides = group(mentions, tokens, first, 1, gaz)
      .map((m) => actorOf(gaz, m))
      .filter((a): a is RelationActor => a !== null);
    return new Set(sides.map((a) => a.ref.key)).size > 1 ? sides : null;
  }
  return null;
}

export function pickActors(p: PickInput): Picked | null {
  const { tokens, mentions, cue, floor, gaz } = p;
  if (p.nominal && cue.def.mutual) {
    const sides = betweenSides(p);
    if (sides) {
      for (const m of mentions)
        if (m.from > cue.at && sides.some((a) => a.ref.key === actorOf(gaz, m)?.ref.key)) p.used.add(m);
      return { sources: sides, targets: [], subjectMention: null, agent: null };
    }
  }
  const before = mentions.filter((m) => m.to <= cue.at && m.from >= floor && !m.modifier && actorOf(gaz, m));
  // Passive: "X was sanctioned by Y".
  const beBefore = tokens.slice(Math.max(0, cue.at - 3), cue.at).some((t) => BE.has(t.fold));
  const byIdx = tokens.slice(cue.end, cue.end + 4).findIndex((t) => t.fold === 'by');
  if (!p.nominal && beBefore && byIdx >= 0 && /ed$|en$/.test(tokens[cue.at]?.fold ?? '')) {
    const agent = mentions.find((m) => m.from > cue.end + byIdx && m.from <= cue.end + byIdx + 3 && actorOf(gaz, m));
    // "Kharkiv was shelled by Russia": a place is the patient only as the passive's own subject, not one clauses before.
    const patient = [...before].reverse().find((m) => !m.place || cue.at - m.to <= 3);
    const src = agent ? actorOf(gaz, agent) : null;
    const tgt = patient ? actorOf(gaz, patient) : null;
    return src && tgt ? { sources: [src], targets: [tgt], subjectMention: agent ?? null, agent: null } : null;
  }
  // "Malian soldiers were attacked near the border": a passive without "by" names the patient, not who acted; "a
  // deal was signed between Chile and Peru" names both sides.
  if (!p.nominal && beBefore && byIdx < 0 && /ed$|en$/.test(tokens[cue.at]?.fold ?? '')) {
    const sides = betweenSides(p);
    return sides ? { sources: sides, targets: [], subjectMention: null, agent: null } : null;
  }
  if (cue.def.patientFirst) return patientFirst(p, before);
  let subject: Resolved | null = null;
  let agent: Picked['agent'] = null;
  let targetFloor = cue.at + 1;
  if (p.nominal) {
    const n = nounAgent(p, before);
    if (n) {
      subject = n;
      agent = n.agent;
      targetFloor = n.floor;
    } else if (
      !lightVerbBefore(tokens, floor, cue.at, root(cue) >= 17 ? FORCE_LIGHT : LIGHT) &&
      !governedBefore(tokens, floor, cue.at, cue.def.governors)
    )
      return null;
  }
  subject ??= subjectBefore(p, before);
  if (!subject) return null;
  const source = subject.actor;
  const agentGroup =
    subject.mention && (agent === 'by' || agent === 'from') ? group(mentions, tokens, subject.mention, 1, gaz) : [];
  if (agentGroup.length > 1)
    targetFloor = Math.max(targetFloor, (agentGroup[agentGroup.length - 1] as ActorMention).to);
  const subjects =
    subject.mention && agent !== 'by' && agent !== 'from'
      ? group(
          mentions.filter((m) => m.to <= cue.at),
          tokens,
          subject.mention,
          -1,
          gaz,
        )
      : agentGroup;
  const sources =
    subject.group ??
    (subjects.length > 1
      ? subjects.map((m) => actorOf(gaz, m)).filter((x): x is RelationActor => x !== null)
      : [source]);
  const found = targetAfter(p, targetFloor, source, subject.mention);
  if (found && !('ref' in found)) {
    const targets = group(mentions, tokens, found, 1, gaz).filter((m) => !m.modifier);
    for (const t of targets) p.used.add(t);
    const refs = targets
      .map((m) => actorOf(gaz, m))
      .filter((x): x is RelationActor => x !== null && !sources.some((s) => s.ref.key === x.ref.key));
    return { sources, targets: refs, subjectMention: subject.mention, agent };
  }
  if (found) return { sources, targets: [found], subjectMention: subject.mention, agent };
  // "suffer an attack by Russian forces": the victim comes first; "condemnation from Japan" targets the clause's subject.
  if (agent === 'by' || agent === 'from' || (agent === 'before' && DIRECTED.has(tokens[cue.at]?.fold ?? ''))) {
    const victim =
      agent !== 'from'
        ? [...mentions].reverse().find(
            (m) =>
              m.to <= cue.at &&
              m !== subject?.mention &&
              !m.modifier &&
              // "receives tanks from Poland to fight the Russian invasion": Poland gives, it is no victim;
              // "France condemned the Russian invasion": who judges the act is not its victim
              (agent !== 'before' ||
                (subjectLikeVictim(m) && !tokens.slice(m.to, cue.at).some((t) => JUDGING.has(t.fold)))) &&
              actorOf(gaz, m)?.ref.key !== source.ref.key,
          )
        : before.find((m) => !m.afterPrep && !m.place && actorOf(gaz, m)?.ref.key !== source.ref.key);
    const v = victim ? actorOf(gaz, victim) : null;
    if (v) return { sources, targets: [v], subjectMention: subject.mention, agent };
  }
  return { sources, targets: [], subjectMention: subject.mention, agent };
}
