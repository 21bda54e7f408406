// Tests generated from every rule's own example sentences: each example gives exactly its expected triples, a
// producing rule's examples produce relations under its id, and a veto's examples record the veto.
import { describe, expect, it } from '@jest/globals';
import { extractDocument } from '../../../../server/extract/extract-document.ts';
import { ruleRegistry } from '../../../../server/extract/rules/registry.ts';
import { testGazetteer } from '../support.ts';

const rules = ruleRegistry();

describe('the rule registry', () => {
  it('names every rule once, says why for each and gives examples for every rule not read from a data file', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) expect(r.why.length).toBeGreaterThan(10);
    for (const r of rules.filter((x) => !x.id.startsWith('cue.'))) expect(r.examples.length).toBeGreaterThan(0);
  });
});

describe.each(rules.filter((r) => r.examples.length > 0).map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  it.each(rule.examples.map((e) => [e.text, e] as const))('codes "%s" as its example says', (_t, ex) => {
    const x = extractDocument(
      {
        text: ex.text,
        date: '2022-05-01',
        ...(ex.title ? { title: ex.title } : {}),
        ...(ex.speaker ? { speaker: ex.speaker } : {}),
      },
      testGazetteer(),
    );
    const triples = [...new Set(x.relations.map((r) => `${r.source.key} ${r.root} ${r.target.key}`))].sort();
    expect(triples).toEqual([...ex.expect].sort());
    if (rule.stage === 'veto') expect(x.vetoes.map((v) => v.rule)).toContain(rule.id);
    else if (ex.expect.length > 0) expect(x.relations.map((r) => r.rule)).toContain(rule.id);
  });
});
