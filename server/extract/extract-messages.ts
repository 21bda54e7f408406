// Messages between leaders, read sentence by sentence: who sent what to whom, on
// what occasion, who reported it, what it said, and what it answered.
import type { ActorRef, MessageRecord } from '../model/types.ts';
import { isMedia, mentionRef } from './actor-ref.ts';
import type { Gazetteer } from './build-gazetteer.ts';
import type { ActorMention } from './find-mentions.ts';
import type { Sentence } from './split-sentences.ts';
import type { Token } from './tokenize.ts';
import type { ExtractedMessage } from './types.ts';

type Kind = MessageRecord['kind'];
const SPEECH = new Set([
  'said',
  'says',
  'reported',
  'reports',
  'added',
  'adds',
  'quoted',
  'wrote',
  'stated',
  'according',
]);
const OCCASION = ['to mark', 'marking', 'on the occasion of', 'celebrating', 'for', 'on', 'after', 'following'];
const REFER = new Set(['the', 'his', 'her', 'this', 'that', 'its']);

/** A message noun phrase at tokens[i]: its kind and the tokens it spans. */
function messageAt(tokens: Token[], i: number): { kind: Kind; end: number } | null {
  const w = tokens[i]?.fold ?? '';
  // Most words are none of these: decide before building the look-around (called for every token).
  if (
    w !== 'message' &&
    w !== 'messages' &&
    w !== 'letter' &&
    w !== 'letters' &&
    w !== 'call' &&
    w !== 'conversation' &&
    w !== 'reply'
  )
    return null;
  const f = (k: number): string => tokens[k]?.fold ?? '';
  if (w === 'message' || w === 'messages') {
    const p = f(i - 1);
    if (p === 'congratulatory') return { kind: 'congratulatory_message', end: i + 1 };
    if (p === 'verbal' || p === 'oral') return { kind: 'verbal_message', end: i + 1 };
    if (p === 'condolence' || p === 'sympathy') return { kind: 'condolence_message', end: i + 1 };
    if (f(i + 1) === 'of' && /^congratulation/.test(f(i + 2))) return { kind: 'congratulatory_message', end: i + 3 };
    if (f(i + 1) === 'of' && /^condolence/.test(f(i + 2))) return { kind: 'condolence_message', end: i + 3 };
    return { kind: 'message', end: i + 1 };
  }
  if (w === 'letter' || w === 'letters') return { kind: 'letter', end: i + 1 };
  if ((w === 'call' || w === 'conversation') && (f(i - 1) === 'phone' || f(i - 1) === 'telephone'))
    return { kind: 'telephone_call', end: i + 1 };
  if (w === 'reply' && f(i - 1) !== 'in') return { kind: 'reply', end: i + 1 };
  return null;
}

function quotesIn(text: string): string[] {
  const out: string[] = [];
  const re = /["“]([^"“”]{2,600}?)["”]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push((m[1] as string).replace(/[,.]$/, '').trim());
  return out;
}

export class MessageTracker {
  private readonly messages: ExtractedMessage[] = [];
  private current: ExtractedMessage | null = null;
  private readonly occasionRank = new Map<ExtractedMessage, number>();
  /** The quotes of each message as a set, so a long document adds each quote in constant time. */
  private readonly quoteSets = new Map<ExtractedMessage, Set<string>>();

  constructor(
    private readonly gaz: Gazetteer,
    private readonly docId: string,
  ) {}

  result(): ExtractedMessage[] {
    return this.messages.filter((m) => m.sender.key !== m.recipient.key);
  }

  private make(kind: Kind, sender: ActorRef, recipient: ActorRef | null): ExtractedMessage {
    const msg: ExtractedMessage = {
      id: `${this.docId}:m${this.messages.length + 1}`,
      sender,
      recipient: recipient ?? { kind: 'Actor', key: 'unknown', name: 'unknown' },
      kind,
      occasion: null,
      date: null,
      reportedBy: [],
      quotes: [],
      inReplyTo: null,
      repliesTo: [],
      evidence: [],
    };
    this.messages.push(msg);
    return msg;
  }

  /** Feeds one sentence; `subject` is the sentence's leading leader (or a resolved "he"). */
  feed(
    s: Sentence,
    tokens: Token[],
    mentions: ActorMention[],
    subject: ActorMention | null,
    date: string | null,
  ): void {
    const leaders = mentions.filter((m) => m.kind === 'Leader');
    const leaderRef = (m: ActorMention | null | undefined): ActorRef | null => (m ? mentionRef(this.gaz, m) : null);
    const touched = new Set<ExtractedMessage>();
    const responseAt = tokens.findIndex(
      (t, k) =>
        (t.fold === 'response' || t.fold === 'reply') && tokens[k - 1]?.fold === 'in' && tokens[k + 1]?.fold === 'to',
    );
    let prevSender: ActorRef | null = null;
    const answered: ExtractedMessage[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const hit = messageAt(tokens, i);
      if (!hit) continue;
      const headStart =
        [i - 1, i - 2].find(
          (k) =>
            tokens[k] &&
            /^(congratulatory|verbal|oral|condolence|sympathy|phone|telephone)$/.test(tokens[k]?.fold ?? ''),
        ) ?? i;
      const owner = [...mentions]
        .reverse()
        .find((m) => m.possessive && m.to <= headStart && m.to >= headStart - 4 && m.kind !== 'Organization');
      const pron = tokens[headStart - 1]?.fold;
      let sender: ActorRef | null = leaderRef(owner);
      if (!sender && (pron === 'his' || pron === 'her')) sender = leaderRef(subject) ?? this.current?.sender ?? null;
      const after = tokens.slice(hit.end, hit.end + 3).map((t) => t.fold);
      const fromM =
        after[0] === 'from'
          ? mentions.find((m) => m.from > hit.end && m.from <= hit.end + 4 && m.kind === 'Leader')
          : undefined;
      if (fromM) sender = leaderRef(fromM);
      const toIdx = after.indexOf('to');
      const toM =
        toIdx >= 0 ? (leaders.find((m) => m.from > hit.end + toIdx && m.from <= hit.end + toIdx + 6) ?? null) : null;
      const inResponse = responseAt >= 0 && i > responseAt && i - responseAt < 40;
      if (inResponse && !sender && prevSender) sender = prevSender;
      const refersBack =
        !sender &&
        REFER.has(tokens[headStart - 1]?.fold ?? '') &&
        this.current &&
        (hit.kind === 'message' || hit.kind === this.current.kind);
      let msg: ExtractedMessage | null;
      if (refersBack || (!sender && hit.kind === 'message' && this.current && !toM)) {
        msg = [...this.messages].reverse().find((m) => m.kind === hit.kind) ?? this.current;
      } else {
        // "in a message to Y": the sentence's subject sends.
        sender ??= inResponse ? null : (leaderRef(subject) ?? null);
        if (!sender) continue;
        const recipient = inResponse ? leaderRef(subject) : leaderRef(toM);
        msg =
          this.messages.find(
            (m) =>
              m.sender.key === sender?.key &&
              m.kind === hit.kind &&
              (!recipient || m.recipient.key === recipient.key || m.recipient.key === 'unknown'),
          ) ?? this.make(hit.kind, sender, recipient);
        if (recipient && msg.recipient.key === 'unknown') msg.recipient = recipient;
      }
      if (!msg) continue;
      if (toM && msg.recipient.key === 'unknown') msg.recipient = leaderRef(toM) ?? msg.recipient;
      this.occasion(msg, s, tokens, hit.end);
      if (inResponse) answered.push(msg);
      prevSender = msg.sender;
      touched.add(msg);
      this.current = msg;
    }
    // "X made the statement in response to …": X's own latest message is a reply to those.
    if (responseAt >= 0 && answered.length && subject) {
      const responder = leaderRef(subject);
      let reply = [...this.messages].reverse().find((m) => m.sender.key === responder?.key && !answered.includes(m));
      if (!reply && responder) reply = this.make('reply', responder, answered[0]?.sender ?? null);
      if (reply) {
        reply.kind = 'reply';
        for (const a of answered) if (!reply.repliesTo.includes(a.id)) reply.repliesTo.push(a.id);
        reply.inReplyTo = reply.repliesTo[0] ?? null;
        if (reply.recipient.key === 'unknown' && answered[0]) reply.recipient = answered[0].sender;
        touched.add(reply);
      }
    }
    // A sentence whose subject is the current message's sender, or that "wrote"/reports it, carries its content.
    const cur = this.current;
    if (cur && touched.size === 0) {
      const bySender = subject && leaderRef(subject)?.key === cur.sender.key;
      if (bySender) touched.add(cur);
    }
    const reporters = mentions.filter(
      (m) => isMedia(this.gaz, m) && tokens.slice(Math.max(0, m.from - 3), m.to + 3).some((t) => SPEECH.has(t.fold)),
    );
    const quotes = quotesIn(s.text);
    for (const msg of touched) {
      for (const r of reporters)
        if (!msg.reportedBy.some((x) => x.key === r.key)) msg.reportedBy.push(mentionRef(this.gaz, r));
      // Sentences come in order, so only the last piece of evidence can be this sentence (constant time per message).
      const own = msg.evidence[msg.evidence.length - 1]?.start !== s.start;
      if (own) msg.evidence.push({ sentence: s.text, start: s.start, end: s.end });
      if (touched.size === 1) {
        let seen = this.quoteSets.get(msg);
        if (!seen) this.quoteSets.set(msg, (seen = new Set(msg.quotes)));
        for (const q of quotes)
          if (!seen.has(q)) {
            seen.add(q);
            msg.quotes.push(q);
          }
      }
      if (!msg.date && date) msg.date = date;
    }
  }

  private occasion(msg: ExtractedMessage, s: Sentence, tokens: Token[], end: number): void {
    const words = tokens.slice(end, end + 9).map((t) => t.fold);
    for (let rank = 0; rank < OCCASION.length; rank++) {
      const phrase = (OCCASION[rank] as string).split(' ');
      for (let k = 0; k <= 5; k++) {
        if (!phrase.every((p, j) => words[k + j] === p)) continue;
        const startTok = tokens[end + k + phrase.length];
        if (!startTok) return;
        const rest = s.text.slice(startTok.start - s.start);
        const text =
          (rest.slice(0, 300).split(/[,;:.]/)[0] ?? '')
            .split(/\s+(?:and a|and an|and his|and her|soon|which|the report)\s/)[0]
            ?.trim() ?? '';
        const prev = this.occasionRank.get(msg);
        if (text && (prev === undefined || rank < prev)) {
          msg.occasion = text.replace(/^the\s+/i, '');
          this.occasionRank.set(msg, rank);
        }
        return;
      }
    }
  }
}
