import { createHash } from 'node:crypto';
import type { ActorRef } from '../../model/types.ts';
import type { Extraction } from '../../extract/types.ts';
import { rowHash } from '../row-hash.ts';
import { actorUid } from '../rows/uid.ts';
import type { EventRow } from '../rows/event-row.ts';
import { messageRowFrom } from '../rows/message-row.ts';

const short = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 16);
const uidOrNull = (a: ActorRef | null | undefined) => (a ? actorUid(a) : null);

const documentKey = (x: Extraction) => `doc:${x.document.id}`;

/**
 * A fact's id from what it says, not from the document: the nth statement of one (actor, code, target, date) in a
 * document is the same fact as the nth in any other, so reports of one story (or of one happening) support one node
 * and can be counted. An undated fact stays the document's own, as nothing ties it to another report's.
 */
function factIds(docKey: string, tag: string) {
  const seen = new Map<string, number>();
  return (what: string, date: string | null | undefined): string => {
    const n = (seen.get(`${what}|${date ?? ''}`) ?? 0) + 1;
    seen.set(`${what}|${date ?? ''}`, n);
    return date ? `${tag}:${short(`${what}|${date}|${n}`)}` : `${docKey}:${tag}:${short(`${what}|${n}`)}`;
  };
}

/** Everything one extraction writes, as rows for the document queries. Ids derive from the document, so a re-run finds them. */
export function documentRows(x: Extraction) {
  const key = documentKey(x);
  const d = x.document;
  const stateOf = (a: ActorRef, via?: ActorRef) =>
    a.kind === 'State' ? a.key : via?.kind === 'State' ? via.key : null;
  const source = {
    key,
    props: {
      kind: 'document',
      docId: d.id,
      title: d.title,
      date: d.date,
      publisher: d.publisher,
      url: d.url,
      speaker: d.speaker,
      hash: d.hash,
      length: d.length,
      text: d.text,
    },
  };
  const entities = x.entities.map((e) => ({
    uid: actorUid(e),
    label: e.kind,
    key: e.key,
    name: e.name,
    state: e.state ?? null,
    mentions: JSON.stringify(e.mentions),
    count: e.mentions.length,
  }));
  const eventId = factIds(key, 'e');
  const events: EventRow[] = x.relations.map((r) => {
    const props = Object.fromEntries(
      Object.entries({
        cameo: r.cameo,
        root: r.root,
        quad: r.quad,
        goldstein: r.goldstein,
        label: r.label,
        date: r.date,
        actorName: r.source.name,
        targetName: r.target.name,
        cue: r.cue,
        rule: r.rule,
        actorState: stateOf(r.source),
        targetState: stateOf(r.target),
        actorVia: r.via?.source?.name,
        targetVia: r.via?.target?.name,
      }).filter(([, v]) => v !== undefined && v !== null),
    );
    const id = eventId(`${actorUid(r.source)}|${r.cameo}|${actorUid(r.target)}`, r.date);
    return {
      id,
      hash: rowHash(props),
      actor: actorUid(r.source),
      target: actorUid(r.target),
      source: key,
      evidence: { ...r.evidence },
      props,
    };
  });
  const nextMessageId = factIds(key, 'm');
  const ids = new Map(
    x.messages.map((m) => [m.id, nextMessageId(`${actorUid(m.sender)}|${m.kind}|${actorUid(m.recipient)}`, m.date)]),
  );
  const messageId = (id: string) => ids.get(id) ?? `${key}:m:${id}`;
  const messages = x.messages.map((m) =>
    messageRowFrom({
      ...m,
      id: messageId(m.id),
      repliesTo: m.repliesTo.map(messageId),
      evidence: m.evidence.map((e) => ({ key: `s${e.start}`, ...e })),
    }),
  );
  const sanctions = x.sanctions.map((s) => ({
    key: s.key,
    props: Object.fromEntries(
      Object.entries({
        name: s.name,
        kind: 'resolution',
        resolution: s.resolution,
        year: s.year,
        regime: s.regime,
        measures: s.measures,
        targets: s.target?.kind === 'State' ? [s.target.key] : [],
      }).filter(([, v]) => v !== undefined && v !== null),
    ),
    searchText: [s.name, s.key, s.resolution ? `Resolution ${s.resolution}` : ''].filter(Boolean).join(' | '),
    imposer: uidOrNull(s.imposer),
    target: uidOrNull(s.target),
    regime: s.regime,
    approvedBy: s.approvedBy.map(actorUid),
    measures: s.measures,
    evidence: s.evidence,
  }));
  const occasions = x.events.map((o) => ({
    key: o.key,
    name: o.name,
    date: o.date,
    host: uidOrNull(o.host),
    evidence: o.evidence,
  }));
  return { key, hash: d.hash, source, entities, events, messages, sanctions, occasions };
}
