import { describe, expect, it } from '@jest/globals';
import { evaluate } from '../../../bench/eval.ts';
import { testGazetteer } from './support.ts';

describe('the development set evaluation', () => {
  it('runs over at least 40 hand-annotated documents and clears its floors', () => {
    const res = evaluate(testGazetteer());
    expect(res.documents).toBeGreaterThanOrEqual(40);
    // Floors sit a little below the figures reported in test/fixtures/devset/README.md.
    expect(res.relations.precision).toBeGreaterThanOrEqual(0.6);
    expect(res.relations.recall).toBeGreaterThanOrEqual(0.45);
    expect(res.leaders.precision).toBeGreaterThanOrEqual(0.9);
    expect(res.leaders.recall).toBeGreaterThanOrEqual(0.85);
  });
});
