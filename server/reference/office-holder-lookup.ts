// Finds the state or body an office title or posting names: "ambassador to France" -> FRA,
// "Permanent Representative to the United Nations" -> UN, "Secretary-General of NATO" -> NATO.
import type { OrganizationRecord } from '../model/types.ts';
import type { StateNameIndex } from './state-name-index.ts';

export interface HolderRef {
  kind: 'State' | 'Organization';
  key: string;
}

export interface HolderLookup {
  /** The state or body named after "to" in an envoy's title. */
  postingOf(title: string): HolderRef | null;
  /** A body whose name or alias the title contains (longest name first). */
  bodyIn(title: string): string | null;
  stateOf: StateNameIndex;
}

export function buildHolderLookup(stateOf: StateNameIndex, organizations: readonly OrganizationRecord[]): HolderLookup {
  const names: [string, string][] = [];
  for (const o of organizations) {
    if (o.kind !== 'igo') continue;
    for (const n of [o.name, ...o.aliases]) if (n.length >= 2) names.push([n, o.key]);
  }
  names.sort((a, b) => b[0].length - a[0].length);
  const patterns = names.map(
    ([n, key]) => [new RegExp(`(^|[^A-Za-z])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z])`), key] as const,
  );
  const bodyIn = (title: string): string | null => {
    for (const [re, key] of patterns) if (re.test(title)) return key;
    return null;
  };
  const postingOf = (title: string): HolderRef | null => {
    const m = /\b(?:to|on the council of|at)\s+(?:the\s+)?(.+?)(?:\s*\(|,| in [A-Z]|$)/i.exec(title);
    if (!m) return null;
    const where = (m[1] as string).trim();
    const state = stateOf(where);
    if (state) return { kind: 'State', key: state };
    const body = bodyIn(where);
    return body ? { kind: 'Organization', key: body } : null;
  };
  return { postingOf, bodyIn, stateOf };
}
