import { describe, expect, it } from '@jest/globals';
import type { Database } from '../../../server/neo4j/database.ts';
import { GraphVersionCache } from '../../../server/use-cases/graph-version-cache.ts';

/** A database that only answers the version read, with whatever stamp the test sets. */
function versionOnly(): { db: Database; setStamp: (s: string) => void; reads: () => number } {
  let stamp = 'v1';
  let reads = 0;
  const read = () => {
    reads++;
    return Promise.resolve([{ stamp }]);
  };
  const db = { read } as unknown as Database;
  return { db, setStamp: (s) => (stamp = s), reads: () => reads };
}

const payload = (bytes: number) => ({ text: 'x'.repeat(bytes) });

describe('GraphVersionCache', () => {
  it('computes an answer once per version of the graph and again after the version changes', async () => {
    const { db, setStamp } = versionOnly();
    const cache = new GraphVersionCache(null, 0);
    let computed = 0;
    const compute = () => Promise.resolve({ n: ++computed });
    const a = await cache.get(db, 'k', compute);
    const b = await cache.get(db, 'k', compute);
    expect(computed).toBe(1);
    expect(b.etag).toBe(a.etag);
    expect(cache.holds('k')).toBe(true);
    setStamp('v2');
    const c = await cache.get(db, 'k', compute);
    expect(computed).toBe(2);
    expect(c.etag).not.toBe(a.etag);
  });

  it('keeps no failed answer: the next request computes it again', async () => {
    const { db } = versionOnly();
    const cache = new GraphVersionCache(null, 0);
    await expect(cache.get(db, 'k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(cache.holds('k')).toBe(false);
    await expect(cache.get(db, 'k', () => Promise.resolve({ ok: true }))).resolves.toMatchObject({
      kind: 'prepared-json',
    });
  });

  it('drops the least recently used answers once it holds more bytes than its budget', async () => {
    const { db } = versionOnly();
    // Each answer holds about 10 kB plain plus its (small) compressed copies; the budget fits two of them.
    const cache = new GraphVersionCache(null, 60_000, 1000, 25_000);
    await cache.get(db, 'a', () => Promise.resolve(payload(10_000)));
    await cache.get(db, 'b', () => Promise.resolve(payload(10_000)));
    await cache.get(db, 'a', () => Promise.resolve(payload(10_000))); // a is now the most recently used
    await cache.get(db, 'c', () => Promise.resolve(payload(10_000)));
    await new Promise((r) => setImmediate(r));
    expect([cache.holds('a'), cache.holds('b'), cache.holds('c')]).toEqual([true, false, true]);
  });

  it('drops the oldest answers beyond its count', async () => {
    const { db } = versionOnly();
    const cache = new GraphVersionCache(null, 60_000, 2);
    for (const k of ['a', 'b', 'c']) await cache.get(db, k, () => Promise.resolve({ k }));
    expect([cache.holds('a'), cache.holds('b'), cache.holds('c')]).toEqual([false, true, true]);
  });
});
