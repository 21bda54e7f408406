// The pipeline for one document: normalise, split, find mentions, code
// relations, track messages and sanctions, and gather entities. Pure.
import { relationActor, stateRef, type RelationActor } from './actor-ref.ts';
import { markAgents } from './analysis/mark-agents.ts';
import type { Gazetteer } from './build-gazetteer.ts';
import { codeRelations } from './code-relations.ts';
import { EmptyDocumentError, InputTooLargeError, ParseInputError } from './errors.ts';
import { findNamedEvents } from './extract-events.ts';
import { findSignatories } from './find-signatories.ts';
import { MessageTracker } from './extract-messages.ts';
import { SanctionTracker } from './extract-sanctions.ts';
import { findMentions, type ActorMention, type MentionContext } from './find-mentions.ts';
import { hashText, latinShare, normalizeText } from './normalize-text.ts';
import { normalizeDocumentDate, resolveSentenceDate } from './resolve-dates.ts';
import { leaderKey } from '../reference/leader-key.ts';
import { splitSentences, type Sentence } from './split-sentences.ts';
import { aliasKey, tokenize } from './tokenize.ts';
import type { DocumentInput, Entity, Extraction, ExtractWarning, NamedEvent, Relation, Veto } from './types.ts';

export const MAX_DOCUMENT_CHARS = 50_000_000;

/** The document's speaker ("Joe Biden") as the actor behind "I" and "we". */
function speakerActor(gaz: Gazetteer, speaker: string | undefined, date: string | null): RelationActor | null {
  if (!speaker) return null;
  const key = leaderKey(speaker);
  let leader = gaz.leaders.get(key);
  if (!leader) {
    const folded = aliasKey(speaker).join(' ');
    leader = [...gaz.leaders.values()].find((l) =>
      l.spans.some((s) => [s.name, ...s.aliases].some((a) => aliasKey(a).join(' ') === folded)),
    );
  }
  if (leader) {
    const span =
      leader.spans.find((s) => !date || ((s.start ?? '') <= date && (s.end === null || date <= s.end))) ??
      leader.spans[0];
    return span
      ? { ref: stateRef(gaz, span.state), via: { kind: 'Leader', key: leader.key, name: leader.name } }
      : null;
  }
  const toks = tokenize(speaker);
  const m = gaz.trie.longestMatch(toks, 0);
  const st = m?.entries.find((e) => e.type === 'state');
  return st ? { ref: stateRef(gaz, st.key) } : null;
}

function titleSignatories(title: string, gaz: Gazetteer, date: string | null): RelationActor[] | null {
  const toks = tokenize(title);
  return findSignatories(toks, findMentions(title, toks, gaz, { date, leaders: [], states: [] }), gaz);
}

function entityOf(gaz: Gazetteer, m: ActorMention): Omit<Entity, 'mentions'> {
  if (m.kind === 'Leader')
    return {
      kind: 'Leader',
      key: m.key,
      name: gaz.leaders.get(m.key)?.name ?? m.key,
      ...(m.state ? { state: m.state } : {}),
    };
  if (m.kind === 'Organization') {
    const o = gaz.organizations.get(m.key);
    return { kind: 'Organization', key: m.key, name: o?.name ?? m.key, ...(o?.state ? { state: o.state } : {}) };
  }
  return { kind: 'State', key: m.key, name: gaz.states.get(m.key)?.name ?? m.key };
}

/** Extracts every fact a document states. Throws typed errors for unusable input. */
export function extractDocument(input: DocumentInput, gaz: Gazetteer): Extraction {
  if (typeof input?.text !== 'string') throw new ParseInputError('expected a document with a "text" string');
  const what = input.id ? `document "${input.id}"` : 'document';
  if (input.text.length > MAX_DOCUMENT_CHARS) throw new InputTooLargeError(what, input.text.length, MAX_DOCUMENT_CHARS);
  const text = normalizeText(input.text, what);
  if (!text) throw new EmptyDocumentError(what);
  const hash = hashText(text);
  const id = input.id?.trim() || `doc-${hash.slice(0, 16)}`;
  const warnings: ExtractWarning[] = [];
  const date = normalizeDocumentDate(input.date ?? null);
  if (input.date && !date)
    warnings.push({
      code: 'no_date',
      message: `date "${input.date}" is not a readable date; relative dates stay open`,
    });
  if (!input.date) warnings.push({ code: 'no_date', message: 'no document date; relative dates stay open' });
  if (latinShare(text) < 0.5)
    warnings.push({
      code: 'non_english',
      message: 'most letters are not Latin script; extraction is tuned for English and may find little',
    });

  const sentences = splitSentences(text);
  if (sentences.length === 0) warnings.push({ code: 'no_sentences', message: 'no sentences found' });
  const mctx: MentionContext = { date, leaders: [], states: [] };
  const messages = new MessageTracker(gaz, id);
  const sanctions = new SanctionTracker(gaz);
  const entities = new Map<string, Entity>();
  const relations: Relation[] = [];
  const vetoes: Veto[] = [];
  const events = new Map<string, NamedEvent>();
  const speaker = speakerActor(gaz, input.speaker, date);
  let lastSubject: ActorMention | null = null;
  // A joint statement named in the title or text makes "we" its co-signers.
  let cosigners: RelationActor[] | null = input.title ? titleSignatories(input.title, gaz, date) : null;
  let antecedent: RelationActor | null = null;
  const dates = new Map<number, string | null>();
  const dateOf = (s: Sentence): string | null => {
    if (!dates.has(s.index)) dates.set(s.index, resolveSentenceDate(s.text, date) ?? date);
    return dates.get(s.index) ?? null;
  };

  for (const s of sentences) {
    const tokens = tokenize(text, s.start, s.end);
    for (const ev of findNamedEvents(s, tokens, gaz)) if (!events.has(ev.key)) events.set(ev.key, ev);
    const mentions = findMentions(text, tokens, gaz, mctx);
    markAgents(tokens, mentions);
    for (const m of mentions) {
      if (m.via === 'pair' || m.place) continue; // "the two leaders" names nobody new; "in Moscow" is a place
      const id2 = `${m.kind}:${m.key}`;
      let e = entities.get(id2);
      if (!e) {
        e = { ...entityOf(gaz, m), mentions: [] };
        entities.set(id2, e);
      }
      e.mentions.push({ start: m.start, end: m.end, text: m.text });
    }
    cosigners = findSignatories(tokens, mentions, gaz) ?? cosigners;
    const coded = codeRelations(s, tokens, mentions, gaz, {
      speaker: speaker ?? cosigners?.[0] ?? null,
      cosigners,
      lastSubject,
      dateOf,
      antecedent,
      history: relations,
    });
    antecedent = coded.topic ?? antecedent;
    // Messages and sanctions read names only: places and "the two sides" are relation matters.
    const named = mentions.filter((m) => !m.place && m.via !== 'pair');
    relations.push(...coded.relations);
    for (const w of coded.warnings) if (warnings.length < 200) warnings.push(w);
    for (const v of coded.vetoes) if (vetoes.length < 500) vetoes.push(v);
    // The sentence's leading leader: the first one not after a preposition, or "he" for the last one.
    const lead = named.find((m) => m.kind === 'Leader' && !m.afterPrep && !m.possessive) ?? null;
    const pronounFirst = tokens.slice(0, 3).some((t) => t.fold === 'he' || t.fold === 'she');
    const subject: ActorMention | null = (pronounFirst ? lastSubject : null) ?? lead ?? coded.subject;
    if (named.length || tokens.some((t) => t.fold === 'message' || t.fold === 'letter' || t.fold === 'wrote')) {
      messages.feed(s, tokens, named, subject, dateOf(s));
    }
    sanctions.feed(s, tokens, named);
    if (subject) lastSubject = subject;
  }
  const sanctionList = sanctions.result();
  // A resolution the text names is an act of its imposer against its target (CAMEO 163).
  for (const r of sanctionList) {
    if (
      !r.imposer ||
      !r.target ||
      relations.some((x) => x.source.key === r.imposer?.key && x.target.key === r.target?.key && x.root === '16')
    )
      continue;
    const ev = r.evidence[r.evidence.length - 1];
    if (!ev) continue;
    const tgt = relationActor(gaz, {
      kind: r.target.kind === 'State' ? 'State' : 'Organization',
      key: r.target.key,
      state: r.target.kind === 'State' ? r.target.key : null,
    });
    if (!tgt) continue;
    const info = gaz.cameo.get('163');
    relations.push({
      source: r.imposer,
      target: tgt.ref,
      cameo: '163',
      label: info?.label ?? 'Impose embargo, boycott, or sanctions',
      root: '16',
      quad: 4,
      goldstein: info?.goldstein ?? -8,
      date: r.year && !date ? null : date,
      cue: r.name,
      rule: 'resolution-sanction',
      evidence: ev,
    });
  }
  for (const u of mctx.unresolved ?? []) {
    const message = `unresolved person: "${u.text}" (no one of ${u.holder} in that office on ${date ?? 'an unknown date'}); ${u.holder} acts`;
    if (warnings.length < 200) warnings.push({ code: 'unresolved_person', message, start: u.start, end: u.end });
  }
  return {
    document: {
      id,
      title: input.title ?? null,
      date,
      publisher: input.publisher ?? null,
      url: input.url ?? null,
      speaker: input.speaker ?? null,
      hash,
      length: text.length,
      text,
    },
    entities: [...entities.values()],
    relations,
    messages: messages.result(),
    sanctions: sanctionList,
    events: [...events.values()],
    warnings,
    vetoes,
  };
}
