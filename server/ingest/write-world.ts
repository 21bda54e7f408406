import type {
  ActorRef,
  BorderRecord,
  EventRecord,
  HoldsRecord,
  LeaderRecord,
  LeadsRecord,
  MessageRecord,
  OrganizationRecord,
  SanctionRecord,
  StateRecord,
} from '../model/types.ts';
import type { Database } from '../neo4j/database.ts';
import { runNamed } from '../neo4j/run-named.ts';
import { describeSource } from './describe-source.ts';
import { finishWrite } from './finish-write.ts';
import { silentProgress, type ProgressReporter } from './progress.ts';
import { eventRow, type EventRow } from './rows/event-row.ts';
import { messageRow } from './rows/message-row.ts';
import { linkRow, type LinkRow, type LinkType } from './rows/link-row.ts';
import { nodeRow } from './rows/node-row.ts';
import { leaderRow, organizationRow, sanctionRow, stateRow } from './rows/reference-rows.ts';
import { makeStateOf } from './rows/state-of.ts';
import type { StateOf } from './rows/event-row.ts';
import { actorUid, uid } from './rows/uid.ts';
import { emptyCounts, writeBatches, type InBatchTransaction, type WriteCounts } from './write-batches.ts';
import { addCreatedEventsToDyads } from './network/refresh-dyads.ts';
import { pushTo } from '../util/push-to.ts';
import { holdsRow } from './rows/holds-row.ts';

/** Everything a load may carry; every part is optional so user files can bring any subset. */
export interface World {
  states?: StateRecord[];
  borders?: BorderRecord[];
  leaders?: LeaderRecord[];
  leads?: LeadsRecord[];
  holds?: HoldsRecord[];
  organizations?: OrganizationRecord[];
  sanctions?: SanctionRecord[];
  events?: EventRecord[];
  messages?: MessageRecord[];
}

export type Summary = Record<string, WriteCounts & { rejected: number }>;

/**
 * Writes a world in dependency order (sources, nodes, links, events, then the state network), each
 * kind in UNWIND batches. Records that point at actors neither in the graph nor in the load are rejected
 * and counted, never half-written.
 */
export interface WriteWorldOptions {
  /** The state each actor acts for; by default from the load's own leads and organizations. */
  stateOf?: StateOf;
  /** Uids known to exist, kept across calls by a streaming load (actors it merges are added). */
  known?: Set<string>;
  /** False when the caller finishes the write itself (one network update after many batches). */
  finish?: boolean;
}

export async function writeWorld(
  db: Database,
  w: World,
  progress: ProgressReporter = silentProgress,
  opts: WriteWorldOptions = {},
): Promise<Summary> {
  const summary: Summary = {};
  const step = async (
    label: string,
    query: string,
    rows: object[],
    params?: Record<string, unknown>,
    rejected = 0,
    inTransaction?: InBatchTransaction,
  ) => {
    progress.start(label, rows.length);
    const counts =
      rows.length > 0
        ? await writeBatches(db, query, rows, { params, onBatch: (n) => progress.advance(n), inTransaction })
        : emptyCounts();
    progress.stop();
    const prior = summary[label] ?? { ...emptyCounts(), rejected: 0 };
    summary[label] = {
      rows: prior.rows + counts.rows,
      created: prior.created + counts.created,
      updated: prior.updated + counts.updated,
      rejected: prior.rejected + rejected,
    };
  };

  const sourceKeys = new Set<string>();
  for (const list of [w.states, w.borders, w.leads, w.holds, w.organizations, w.sanctions] as { source: string }[][])
    for (const r of list ?? []) sourceKeys.add(r.source);
  for (const l of w.leaders ?? []) for (const s of l.sources) sourceKeys.add(s);
  for (const e of [...(w.events ?? []), ...(w.messages ?? [])]) sourceKeys.add(e.provenance.source);
  await step(
    'sources',
    'ingest/merge-sources',
    [...sourceKeys].map((k) => nodeRow(k, describeSource(k))),
  );

  await step('states', 'ingest/merge-states', (w.states ?? []).map(stateRow));
  await step('organizations', 'ingest/merge-organizations', (w.organizations ?? []).map(organizationRow));
  await step('leaders', 'ingest/merge-leaders', (w.leaders ?? []).map(leaderRow));
  await step('sanctions', 'ingest/merge-sanctions', (w.sanctions ?? []).map(sanctionRow));

  const known = opts.known ?? (await knownUids(db));
  const actors = new Map<string, ActorRef>();
  for (const e of w.events ?? []) for (const a of [e.actor, e.target]) if (a.kind === 'Actor') actors.set(a.key, a);
  await step(
    'actors',
    'ingest/merge-actors',
    [...actors.values()].map((a) => nodeRow(a.key, { name: a.name }, [a.name])),
  );
  for (const a of actors.values()) known.add(actorUid(a));

  const links = new Map<LinkType, LinkRow[]>();
  const add = (type: LinkType, row: LinkRow) => pushTo(links, type, row);
  for (const b of w.borders ?? [])
    add('BORDERS', linkRow(uid('State', b.a), uid('State', b.b), `${b.a}-${b.b}`, { source: b.source }));
  for (const l of w.leads ?? []) {
    // One office per role and start from the user's records, whichever file named it: the same records under
    // another file name must not add a second office. Data sets keep theirs apart (they may disagree).
    const from = l.source.startsWith('user:') ? 'user' : l.source;
    add(
      'LEADS',
      linkRow(uid('Leader', l.leader), uid('State', l.state), `${l.role}|${l.start ?? ''}|${from}`, {
        role: l.role,
        title: l.title,
        start: l.start,
        end: l.end,
        source: l.source,
      }),
    );
  }
  for (const h of w.holds ?? []) add('HOLDS', holdsRow(h));
  for (const o of w.organizations ?? []) {
    if (o.state)
      add('BELONGS_TO', linkRow(uid('Organization', o.key), uid('State', o.state), 'home', { source: o.source }));
    if (o.parent)
      add(
        'PART_OF',
        linkRow(uid('Organization', o.key), uid('Organization', o.parent), 'parent', { source: o.source }),
      );
  }
  for (const s of w.states ?? []) {
    if (s.unMember || s.unObserver) {
      add(
        'MEMBER_OF',
        linkRow(uid('State', s.code), uid('Organization', 'UN'), 'UN', {
          status: s.unMember ? 'member' : 'observer',
          source: s.source,
        }),
      );
    }
  }
  for (const s of w.sanctions ?? []) {
    if (s.issuer) add('IMPOSED', linkRow(actorUid(s.issuer), uid('Sanction', s.key), 'issuer', { source: s.source }));
    for (const t of s.targets)
      add('TARGETS', linkRow(uid('Sanction', s.key), uid('State', t), 'target', { source: s.source }));
    if (s.regime)
      add('AMENDS', linkRow(uid('Sanction', s.key), uid('Sanction', s.regime), 'regime', { source: s.source }));
  }
  for (const [type, all] of links) {
    // Two rows for one relationship (two data sets giving the same office and start) would overwrite each other in
    // one load and again in every reload: the last one stands, once, so a reload changes nothing.
    const rows = [...new Map(all.map((r) => [`${r.from}|${r.to}|${r.key}`, r])).values()];
    const ok = rows.filter((r) => known.has(r.from) && known.has(r.to));
    await step(type, 'ingest/merge-links', ok, { type }, rows.length - ok.length);
  }

  if (w.events && w.events.length > 0) {
    const stateOf = opts.stateOf ?? makeStateOf(w.leads ?? [], w.organizations ?? []);
    const rows = w.events.map((e) => eventRow(e, stateOf));
    const ok = rows.filter((r) => known.has(r.actor) && known.has(r.target));
    // Each batch adds the events it created to the DYADs of their pairs, in its own transaction.
    await step('events', 'ingest/merge-events', ok, undefined, rows.length - ok.length, (tx, batch, answer) =>
      addCreatedEventsToDyads(tx, batch as EventRow[], (answer?.createdIds as string[] | undefined) ?? []),
    );
  }
  const messages = (w.messages ?? []).map((m) => ({ source: m.provenance.source, row: messageRow(m) }));
  const sendable = messages.filter(({ row }) => known.has(row.sender) && known.has(row.recipient));
  let rejected = messages.length - sendable.length;
  for (const source of new Set(sendable.map((m) => m.source))) {
    const rows = sendable.filter((m) => m.source === source).map((m) => m.row);
    await step('messages', 'ingest/merge-messages', rows, { source }, rejected);
    await writeBatches(
      db,
      'documents/link-replies',
      rows.filter((r) => r.repliesTo.length > 0),
    );
    rejected = 0;
  }
  if (rejected > 0) await step('messages', 'ingest/merge-messages', [], undefined, rejected);
  if (opts.finish !== false) await finishWrite(db, { facts: (w.events?.length ?? 0) + (w.messages?.length ?? 0) });
  return summary;
}

export async function knownUids(db: Database): Promise<Set<string>> {
  const rows = await runNamed<{ uid: string }>(db, 'ingest/list-entity-uids');
  return new Set(rows.map((r) => r.uid));
}
