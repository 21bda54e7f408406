// MinHash over word 3-shingles (Broder 1997), with LSH banding: 60 hash functions in 20 bands of 3, so two texts
// whose shingle sets have Jaccard similarity 0.5 share a band with probability 0.93, at 0.1 only 0.02.
const SHINGLE = 3;
const PERMUTATIONS = 60;
const ROWS = 3;

/** FNV-1a, 32 bits. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit finaliser (murmur3's), so each seeded multiply-add is a well-spread hash. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: PERMUTATIONS }, (_, i) => ({ a: (mix(i * 2 + 1) | 1) >>> 0, b: mix(i * 2 + 2) }));

/** Lower-cased word 3-shingles; a text shorter than three words is one shingle. */
export function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < SHINGLE) return new Set(words.length ? [words.join(' ')] : []);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** The MinHash signature of a text: per hash function, the least hash over its shingles. */
export function minhashSignature(text: string): number[] {
  const sig = new Array<number>(PERMUTATIONS).fill(0xffffffff);
  for (const s of shingles(text)) {
    const h = fnv1a(s);
    for (let i = 0; i < PERMUTATIONS; i++) {
      const v = mix((Math.imul(SEEDS[i]!.a, h) + SEEDS[i]!.b) >>> 0);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** The band keys of a signature: rows of three hashes, numbered so equal rows in different bands differ. */
export function signatureBands(sig: readonly number[]): string[] {
  const bands: string[] = [];
  for (let b = 0; b * ROWS < sig.length; b++)
    bands.push(
      `${b}:${sig
        .slice(b * ROWS, b * ROWS + ROWS)
        .map((v) => v.toString(36))
        .join('.')}`,
    );
  return bands;
}

/** The share of hash functions on which two signatures agree: an estimate of the texts' Jaccard similarity. */
export function estimateSimilarity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}
