import type { LeaderRecord, OrganizationRecord, SanctionRecord, StateRecord } from '../../model/types.ts';
import { nodeRow, type NodeRow } from './node-row.ts';

export const stateRow = (s: StateRecord): NodeRow =>
  nodeRow(s.code, { ...s }, [s.name, s.official, ...s.aliases, ...s.demonyms]);

export const leaderRow = (l: LeaderRecord): NodeRow => nodeRow(l.key, { ...l }, [l.name, ...l.aliases]);

export const organizationRow = (o: OrganizationRecord): NodeRow => nodeRow(o.key, { ...o }, [o.name, ...o.aliases]);

export const sanctionRow = (s: SanctionRecord): NodeRow => {
  const { issuer, ...rest } = s;
  return nodeRow(s.key, { ...rest, issuerKey: issuer?.key, issuerName: issuer?.name }, [s.name, s.key, ...s.aliases]);
};
