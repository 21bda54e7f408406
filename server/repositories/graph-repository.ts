import type { Node, Relationship } from 'neo4j-driver';
import type { Database } from '../neo4j/database.ts';
import { runNamed } from '../neo4j/run-named.ts';
import { int } from './integer-params.ts';

type Row = Record<string, unknown>;
export interface DyadEdgeRow {
  a: string;
  b: string;
  dyad: Row;
}

export const listNetworkStates = async (db: Database): Promise<Row[]> =>
  (await runNamed<{ state: Row }>(db, 'graph/list-network-states')).map((r) => r.state);

/** The whole network's DYADs, busiest first (a period reads countDyadsBetween instead). */
export const listDyads = (db: Database, p: { limit: number }): Promise<DyadEdgeRow[]> =>
  runNamed<DyadEdgeRow>(db, 'graph/list-dyads', { limit: int(p.limit) });

/** The network of a period: whole months from the per-month summaries, the partial months at the ends from events. */
export const countDyadsBetween = (
  db: Database,
  p: { fromMonth: string; toMonth: string; edges: { lo: string; hi: string }[]; limit: number },
): Promise<DyadEdgeRow[]> => runNamed<DyadEdgeRow>(db, 'graph/count-dyads-between', { ...p, limit: int(p.limit) });

/** At least this many publishers (independent ones with independentOnly) report a fact; null for every fact. */
export interface Corroboration {
  minSources: number | null;
  independentOnly: boolean;
}
const corroborationParams = (c: Corroboration) => ({
  minSources: c.minSources === null ? null : int(c.minSources),
  independentOnly: c.independentOnly,
});

/** The network of a period counted over events enough publishers report (from events: the summaries count all). */
export const countCorroboratedDyads = (
  db: Database,
  p: { since: string; until: string; minSources: number; independentOnly: boolean; limit: number },
): Promise<DyadEdgeRow[]> =>
  runNamed<DyadEdgeRow>(db, 'graph/count-corroborated-dyads', {
    ...p,
    ...corroborationParams(p),
    limit: int(p.limit),
  });

export const listStateMessages = (
  db: Database,
  p: { since: string | null; until: string | null; limit: number } & Corroboration,
) =>
  runNamed<{ id: string; a: string; b: string; kind: string; date: string | null; outlets: number }>(
    db,
    'graph/list-state-messages',
    { ...p, ...corroborationParams(p), limit: int(p.limit) },
  );

export const listStateSanctions = (db: Database, p: { limit: number } & Corroboration) =>
  runNamed<{
    key: string;
    name: string;
    year: number | null;
    kind: string;
    issuer: Row & { uid: string; kind: string };
    target: string;
    outlets: number;
  }>(db, 'graph/list-state-sanctions', { ...corroborationParams(p), limit: int(p.limit) });

export const findNode = async (db: Database, p: { uid: string; label: string; id: string }): Promise<Node | null> =>
  (await runNamed<{ node: Node }>(db, 'graph/find-node', p))[0]?.node ?? null;

export const expandNodes = (
  db: Database,
  p: { ids: string[]; types: string[]; since: string; until: string; limit: number },
) => runNamed<{ a: Node; r: Relationship; b: Node }>(db, 'graph/expand-nodes', { ...p, limit: int(p.limit) });

export const listBorders = (db: Database) => runNamed<{ a: string; b: string }>(db, 'graph/list-borders');
