// Synthetic CAMEO-coded events between states, in the project's own record types, for benchmarks and the tests
// that check a read's cost does not grow with unrelated data. Deterministic for a given seed.
import type { CameoCode, EventRecord } from '../server/model/types.ts';

export interface SyntheticOptions {
  /** Codes of the states that may act or be targeted. */
  states: readonly string[];
  /** First and last year of the dates. */
  fromYear: number;
  toYear: number;
  /** Skewed (a few busy pairs, as in real data) or uniform over all pairs. */
  skew: boolean;
  seed: number;
  /** The Source key the events cite, and the prefix of their ids. */
  source: string;
}

/** A small PRNG (mulberry32), so a bench and a test regenerate the same events. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Events `start` to `start + count - 1` of the sequence, so a large set is generated and written chunk by chunk. */
export function syntheticEvents(
  o: SyntheticOptions,
  cameo: readonly CameoCode[],
  start: number,
  count: number,
): EventRecord[] {
  const rnd = seededRandom(o.seed + start * 7919);
  const pick = () => (o.skew ? Math.floor(o.states.length * rnd() ** 3) : Math.floor(o.states.length * rnd()));
  const years = o.toYear - o.fromYear + 1;
  const out: EventRecord[] = [];
  for (let i = start; i < start + count; i++) {
    const a = pick();
    let b = pick();
    if (b === a) b = (a + 1 + Math.floor(rnd() * (o.states.length - 1))) % o.states.length;
    const c = cameo[Math.floor(rnd() * cameo.length)]!;
    const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
    const actor = { kind: 'State' as const, key: o.states[a]!, name: o.states[a]! };
    const target = { kind: 'State' as const, key: o.states[b]!, name: o.states[b]! };
    out.push({
      id: `${o.source}:${i}`,
      actor,
      target,
      cameo: c.code,
      root: c.root,
      quad: c.quad,
      goldstein: c.goldstein,
      label: c.label,
      date: `${o.fromYear + Math.floor(rnd() * years)}-${month}-${day}`,
      provenance: { source: o.source, line: i + 1 },
    });
  }
  return out;
}
