// Name -> ISO3 lookup over state names, official names and aliases, with
// diacritics folded and a leading "The"/"Kingdom of" ignored ("The Gambia",
// "Kingdom of the Netherlands").
import type { StateRecord } from '../model/types.ts';
import { foldAscii } from './leader-key.ts';

export type StateNameIndex = (name: string) => string | undefined;

function normaliseStateName(name: string): string {
  return foldAscii(name)
    .toLowerCase()
    .replace(/^(the|kingdom of( the)?)\s+/, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export function buildStateNameIndex(states: readonly StateRecord[]): StateNameIndex {
  const map = new Map<string, string>();
  // common names first so that an alias never overrides another state's name
  for (const s of states) map.set(normaliseStateName(s.name), s.code);
  for (const s of states) {
    const n = normaliseStateName(s.official);
    if (!map.has(n)) map.set(n, s.code);
  }
  for (const s of states)
    for (const a of s.aliases) {
      const n = normaliseStateName(a);
      if (n.length > 1 && !map.has(n)) map.set(n, s.code);
    }
  const cache = new Map<string, string | undefined>();
  return (name: string) => {
    if (cache.has(name)) return cache.get(name);
    const v = map.get(normaliseStateName(name));
    cache.set(name, v);
    return v;
  };
}
