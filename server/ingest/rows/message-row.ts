import type { MessageRecord } from '../../model/types.ts';
import { actorUid } from './uid.ts';

/** A message from a record file, shaped like the ones articles give (evidence is the file line). */
export function messageRow(m: MessageRecord) {
  const { source: _source, ...where } = m.provenance;
  const key = where.line !== undefined ? `line${where.line}` : where.start !== undefined ? `s${where.start}` : 'record';
  return {
    id: m.id,
    sender: actorUid(m.sender),
    recipient: actorUid(m.recipient),
    reportedBy: (m.reportedBy ?? []).map(actorUid),
    repliesTo: m.inReplyTo ? [m.inReplyTo] : [],
    props: Object.fromEntries(
      Object.entries({ kind: m.kind, occasion: m.occasion, date: m.date, quotes: m.quotes, senderName: m.sender.name, recipientName: m.recipient.name })
        .filter(([, v]) => v !== undefined && v !== null),
    ),
    evidence: [{ key, ...where }],
  };
}
