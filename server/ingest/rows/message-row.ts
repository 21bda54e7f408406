import type { ActorRef, MessageRecord } from '../../model/types.ts';
import { rowHash } from '../row-hash.ts';
import { actorUid } from './uid.ts';

export interface MessageFacts {
  id: string;
  sender: ActorRef;
  recipient: ActorRef;
  reportedBy: readonly ActorRef[];
  repliesTo: readonly string[];
  kind: string;
  occasion?: string | null;
  date?: string | null;
  quotes: readonly string[];
  /** Each with a key unique within the message: "s<offset>" for a sentence, "line<n>" for a record. */
  evidence: readonly ({ key: string } & Record<string, unknown>)[];
}

/** The row ingest/merge-messages takes, for a message from an article or from a record file alike. */
export function messageRowFrom(m: MessageFacts) {
  const props = Object.fromEntries(
    Object.entries({
      kind: m.kind,
      occasion: m.occasion,
      date: m.date,
      quotes: m.quotes,
      senderName: m.sender.name,
      recipientName: m.recipient.name,
    }).filter(([, v]) => v !== undefined && v !== null),
  );
  const row = {
    id: m.id,
    sender: actorUid(m.sender),
    recipient: actorUid(m.recipient),
    reportedBy: m.reportedBy.map(actorUid),
    repliesTo: [...m.repliesTo],
    props,
    evidence: [...m.evidence],
  };
  return { ...row, hash: rowHash(row) };
}

/** A message from a record file; its evidence is the file line. */
export function messageRow(m: MessageRecord) {
  const { source: _source, ...where } = m.provenance;
  const key = where.line !== undefined ? `line${where.line}` : where.start !== undefined ? `s${where.start}` : 'record';
  return messageRowFrom({
    ...m,
    reportedBy: m.reportedBy ?? [],
    repliesTo: m.inReplyTo ? [m.inReplyTo] : [],
    evidence: [{ key, ...where }],
  });
}
