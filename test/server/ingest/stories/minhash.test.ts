import { describe, expect, it } from '@jest/globals';
import {
  estimateSimilarity,
  minhashSignature,
  shingles,
  signatureBands,
} from '../../../../server/ingest/stories/minhash.ts';

const wire =
  'North Korea test-fired two ballistic missiles into the sea off its east coast on Thursday, the South Korean military said, ' +
  'the latest in a series of launches that Seoul and Washington condemned as a violation of United Nations Security Council resolutions.';
const rewrite =
  'North Korea fired two ballistic missiles into the sea off its east coast on Thursday, the South Korean military said, ' +
  'the latest in a series of launches that Seoul and Washington have condemned as a breach of United Nations Security Council resolutions.';
const other =
  'Chile and Peru held talks on fishing rights in Lima on Wednesday, and both ministers called the meeting useful for their coastal towns.';

describe('MinHash near-duplicate detection', () => {
  it('estimates a light rewrite of a story as similar and an unrelated story as not', () => {
    const a = minhashSignature(wire);
    expect(estimateSimilarity(a, minhashSignature(rewrite))).toBeGreaterThan(0.5);
    expect(estimateSimilarity(a, minhashSignature(other))).toBeLessThan(0.1);
    expect(estimateSimilarity(a, minhashSignature(wire))).toBe(1);
  });

  it('tracks the true Jaccard similarity of the shingle sets within a few points', () => {
    const sa = shingles(wire);
    const sb = shingles(rewrite);
    const inter = [...sa].filter((s) => sb.has(s)).length;
    const jaccard = inter / (sa.size + sb.size - inter);
    expect(Math.abs(estimateSimilarity(minhashSignature(wire), minhashSignature(rewrite)) - jaccard)).toBeLessThan(0.2);
  });

  it('gives near duplicates a shared band and unrelated texts none', () => {
    const bands = new Set(signatureBands(minhashSignature(wire)));
    expect(signatureBands(minhashSignature(rewrite)).some((b) => bands.has(b))).toBe(true);
    expect(signatureBands(minhashSignature(other)).some((b) => bands.has(b))).toBe(false);
    expect(bands.size).toBe(20);
  });

  it('ignores case and punctuation', () => {
    expect(
      estimateSimilarity(
        minhashSignature('The Talks, in LIMA, went well.'),
        minhashSignature('the talks in lima went well'),
      ),
    ).toBe(1);
  });
});
