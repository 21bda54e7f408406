import type { Database } from '../neo4j/database.ts';
import {
  countCorroboratedDyads,
  countDyadsBetween,
  listBorders,
  listDyads,
  listNetworkStates,
  listStateMessages,
  listStateSanctions,
} from '../repositories/graph-repository.ts';
import { earliest, latest } from './date-range.ts';
import type { GraphJson } from './graph-json.ts';
import { monthSpan } from './month-span.ts';

export interface NetworkInput {
  types: string[];
  since: string;
  until: string;
  limit: number;
  /** Only facts at least this many publishers report (independent ones with independentOnly). */
  minSources?: number;
  independentOnly?: boolean;
}

/**
 * The network of states: every state (with coordinates) and, between them, DYAD summaries (summed from the per-month
 * summaries when a period is asked for), messages, sanctions and borders. Degree counts distinct neighbours drawn.
 */
export async function readStateNetwork(db: Database, input: NetworkInput): Promise<GraphJson> {
  const want = new Set(input.types);
  const period = input.since !== earliest || input.until !== latest;
  const independentOnly = input.independentOnly ?? false;
  const minSources = input.minSources ?? (independentOnly ? 1 : null);
  const corroboration = { minSources, independentOnly };
  const [states, dyads, messages, sanctions, borders] = await Promise.all([
    listNetworkStates(db),
    !want.has('DYAD')
      ? []
      : minSources !== null
        ? countCorroboratedDyads(db, {
            since: input.since,
            until: input.until,
            minSources,
            independentOnly,
            limit: input.limit,
          })
        : period
          ? countDyadsBetween(db, { ...monthSpan(input.since, input.until), limit: input.limit })
          : listDyads(db, { limit: input.limit }),
    want.has('MESSAGE')
      ? listStateMessages(db, {
          since: period ? input.since : null,
          until: period ? input.until : null,
          limit: input.limit,
          ...corroboration,
        })
      : [],
    want.has('SANCTION') ? listStateSanctions(db, { limit: input.limit, ...corroboration }) : [],
    want.has('BORDERS') ? listBorders(db) : [],
  ]);
  // Built straight into graphology's JSON: the start view is the hottest route, and each edge is touched once.
  const nodes: GraphJson['nodes'] = states.map((s) => ({
    key: `State:${String(s.code)}`,
    attributes: { ...s, label: s.name, kind: 'State' },
  }));
  const present = new Set(nodes.map((n) => n.key));
  const edges: GraphJson['edges'] = [];
  const seen = new Set<string>();
  const neighbours = new Map<string, Set<string>>();
  const edge = (key: string, source: string, target: string, attributes: Record<string, unknown>) => {
    if (!present.has(source) || !present.has(target) || seen.has(key)) return;
    seen.add(key);
    edges.push({ key, source, target, attributes });
    for (const [x, y] of [
      [source, target],
      [target, source],
    ] as const)
      (neighbours.get(x) ?? neighbours.set(x, new Set()).get(x)!).add(y);
  };
  for (const d of dyads)
    edge(`DYAD:${d.a}-${d.b}`, `State:${d.a}`, `State:${d.b}`, Object.assign(d.dyad, { type: 'DYAD' }));
  for (const m of messages)
    edge(`MESSAGE:${m.id}`, `State:${m.a}`, `State:${m.b}`, {
      type: 'MESSAGE',
      id: m.id,
      kind: m.kind,
      date: m.date,
      ...(minSources !== null && { outlets: m.outlets }),
    });
  for (const s of sanctions) {
    if (s.issuer.kind !== 'State' && !present.has(s.issuer.uid)) {
      nodes.push({ key: s.issuer.uid, attributes: { label: s.issuer.name, kind: s.issuer.kind, key: s.issuer.key } });
      present.add(s.issuer.uid);
    }
    edge(`SANCTION:${s.key}:${s.target}`, s.issuer.uid, `State:${s.target}`, {
      type: 'SANCTION',
      key: s.key,
      name: s.name,
      year: s.year,
      kind: s.kind,
      ...(minSources !== null && { outlets: s.outlets }),
    });
  }
  for (const b of borders) edge(`BORDERS:${b.a}-${b.b}`, `State:${b.a}`, `State:${b.b}`, { type: 'BORDERS' });
  for (const n of nodes) n.attributes.degree = neighbours.get(n.key)?.size ?? 0;
  const json: GraphJson = {
    attributes: {
      view: 'network',
      since: period ? input.since : null,
      until: period ? input.until : null,
      capped: dyads.length >= input.limit,
      minSources,
      independentOnly,
    },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes,
    edges,
  };
  return json;
}
