import { describe, expect, it } from '@jest/globals';
import { WriteQueue } from '../../../../server/ingest/streaming/write-queue.ts';
import { pairLane } from '../../../../server/ingest/streaming/pair-lane.ts';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('WriteQueue', () => {
  it('runs writes one at a time in the order given, and add returns while the newest one is still running', async () => {
    const q = new WriteQueue();
    const log: string[] = [];
    let running = 0;
    const write = (name: string) => async () => {
      running++;
      expect(running).toBe(1);
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      running--;
    };
    await q.add(write('a'));
    await q.add(write('b'));
    expect(log).toEqual(['start a', 'end a', 'start b']);
    await q.drain();
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('after a failure starts nothing more, and throws the failure once the running write has settled', async () => {
    const q = new WriteQueue();
    const failure = new Error('batch 1 refused');
    const started: number[] = [];
    await q.add(async () => {
      started.push(1);
      await tick();
      throw failure;
    });
    await expect(q.add(() => Promise.resolve(void started.push(2)))).rejects.toBe(failure);
    await expect(q.add(() => Promise.resolve(void started.push(3)))).rejects.toBe(failure);
    await expect(q.drain()).rejects.toBe(failure);
    expect(started).toEqual([1]);
  });
});

describe('pairLane', () => {
  it('gives a pair one lane every time, and spreads pairs over the lanes', () => {
    const codes = ['USA', 'RUS', 'CHN', 'PRK', 'KOR', 'JPN', 'IND', 'PAK', 'IRN', 'ISR'];
    const lanes = codes.flatMap((a) => codes.filter((b) => b !== a).map((b) => pairLane(a, b, 2)));
    expect(pairLane('USA', 'RUS', 2)).toBe(pairLane('USA', 'RUS', 2));
    const ones = lanes.filter((l) => l === 1).length;
    expect(ones).toBeGreaterThan(lanes.length * 0.3);
    expect(ones).toBeLessThan(lanes.length * 0.7);
  });
});
