// The organization table -> OrganizationRecord, and a name -> key lookup
// used to resolve ICEWS actors and user records.
import type { OrganizationRecord } from '../model/types.ts';
import { ORGANIZATION_TABLE } from './organization-table.ts';

const ORGANIZATIONS_SOURCE = 'stategraph:organizations';

export function parseOrganizations(): OrganizationRecord[] {
  return ORGANIZATION_TABLE.map(([key, name, kind, aliases, state, parent]) => {
    const r: OrganizationRecord = {
      key,
      name,
      aliases: aliases.filter((a) => a !== name),
      kind,
      source: ORGANIZATIONS_SOURCE,
    };
    if (state) r.state = state;
    if (parent) r.parent = parent;
    return r;
  });
}

/** Case-insensitive lookup over keys, names and aliases. */
export function buildOrganizationIndex(
  orgs: readonly OrganizationRecord[],
): (name: string) => OrganizationRecord | undefined {
  const map = new Map<string, OrganizationRecord>();
  for (const o of orgs) map.set(o.name.toLowerCase(), o);
  for (const o of orgs)
    for (const a of [o.key, ...o.aliases]) if (!map.has(a.toLowerCase())) map.set(a.toLowerCase(), o);
  return (name) => map.get(name.trim().toLowerCase());
}
