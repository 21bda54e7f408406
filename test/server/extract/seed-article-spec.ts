// What the seed article must give, asserted for any gazetteer (the fixture one and the product's).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { extractDocument } from '../../../server/extract/extract-document.ts';
import type { Gazetteer } from '../../../server/extract/build-gazetteer.ts';
import type { Extraction } from '../../../server/extract/types.ts';

// The seed article (shared/data/seed/article.txt) is kept in the devset so the test runs on a fresh clone.
const text = (
  readFileSync(new URL('../../fixtures/devset/devset.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; text: string })
    .find((d) => d.id === 'seed-article') as { text: string }
).text;
const has = (x: Extraction, s: string, root: string, t: string): boolean =>
  x.relations.some((r) => r.source.key === s && r.root === root && r.target.key === t);

export function describeSeedArticle(label: string, gazetteer: () => Gazetteer | Promise<Gazetteer>): void {
  describe.each([null, '2022-02-22'])(`the seed article with ${label} (date %s)`, (date) => {
    let x: Extraction;
    beforeAll(async () => {
      x = extractDocument({ text, date }, await gazetteer());
    });
    const key = (kind: string, k: string) => x.entities.find((e) => e.kind === kind && e.key === k);

    it('names China, North Korea and the United States', () => {
      for (const k of ['CHN', 'PRK', 'USA']) expect(key('State', k)).toBeDefined();
    });
    it('names Xi Jinping of China and Kim Jong-un of North Korea', () => {
      expect(key('Leader', 'xi-jinping')?.state).toBe('CHN');
      expect(key('Leader', 'kim-jong-un')?.state).toBe('PRK');
    });
    it('resolves "the Chinese president" to Xi', () => {
      expect(key('Leader', 'xi-jinping')?.mentions.some((m) => m.text === 'Chinese president')).toBe(true);
    });
    it('names KCNA and Rodong Sinmun as North Korean media, and the UN Security Council', () => {
      expect(key('Organization', 'KCNA')?.state).toBe('PRK');
      expect(key('Organization', 'RODONG_SINMUN')?.state).toBe('PRK');
      expect(key('Organization', 'UNSC')).toBeDefined();
    });
    it('finds the Beijing Winter Olympics hosted by China', () => {
      const ev = x.events.find((e) => e.key === 'beijing-winter-olympics');
      expect(ev?.host?.key).toBe('CHN');
    });
    it('finds the three messages between Kim and Xi', () => {
      const congrats = x.messages.find((m) => m.kind === 'congratulatory_message');
      const verbal = x.messages.find((m) => m.kind === 'verbal_message');
      const reply = x.messages.find((m) => m.kind === 'reply');
      expect(x.messages).toHaveLength(3);
      expect([congrats?.sender.key, congrats?.recipient.key]).toEqual(['kim-jong-un', 'xi-jinping']);
      expect(congrats?.occasion).toMatch(/Beijing Winter Olympics/);
      expect([verbal?.sender.key, verbal?.recipient.key]).toEqual(['kim-jong-un', 'xi-jinping']);
      expect(verbal?.occasion).toMatch(/closing ceremony/);
      expect(verbal?.reportedBy.map((r) => r.key)).toContain('RODONG_SINMUN');
      expect(verbal?.quotes.join(' ')).toMatch(/hostile policy/);
      expect([reply?.sender.key, reply?.recipient.key]).toEqual(['xi-jinping', 'kim-jong-un']);
      expect(reply?.reportedBy.map((r) => r.key)).toContain('KCNA');
      expect(reply?.quotes.join(' ')).toMatch(/friendship and cooperation/);
      expect(reply?.quotes).toContain('new situation');
      expect(reply?.repliesTo.sort()).toEqual([congrats?.id, verbal?.id].sort());
      expect(reply?.inReplyTo).toBe(congrats?.id);
    });
    it('finds Resolution 2270 of 2016 against North Korea, in the UN-SC1718 regime, approved by China', () => {
      const s = x.sanctions.find((r) => r.resolution === 2270);
      expect(s).toMatchObject({ key: 'UNSCR-2270', year: 2016, regime: 'UN-SC1718' });
      expect(s?.imposer?.key).toBe('UNSC');
      expect(s?.target?.key).toBe('PRK');
      expect(s?.approvedBy.map((a) => a.key)).toEqual(['CHN']);
      for (const m of ['training', 'advice', 'services', 'assistance', 'missiles', 'nuclear weapons', 'light weapons'])
        expect(s?.measures.join(' ')).toContain(m);
    });
    it('codes the relations the article states', () => {
      expect(has(x, 'CHN', '03', 'PRK')).toBe(true);
      expect(has(x, 'PRK', '03', 'CHN')).toBe(true);
      expect(has(x, 'PRK', '05', 'CHN')).toBe(true);
      expect(has(x, 'PRK', '11', 'USA')).toBe(true);
      expect(has(x, 'UNSC', '16', 'PRK')).toBe(true);
    });
    it('does not claim what the article does not say', () => {
      expect(has(x, 'PRK', '16', 'CHN')).toBe(false);
      expect(x.relations.some((r) => r.source.key === 'USA')).toBe(false);
      expect(x.relations.some((r) => r.source.key === 'PRK' && r.target.key === 'CHN' && Number(r.root) >= 10)).toBe(
        false,
      );
      expect(JSON.stringify(x.events)).not.toMatch(/PRK/);
    });
    it('keeps evidence offsets that point at the sentence', () => {
      for (const r of x.relations)
        expect(x.document.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
      for (const m of x.messages)
        for (const e of m.evidence) expect(x.document.text.slice(e.start, e.end)).toBe(e.sentence);
      for (const e of x.entities)
        for (const m of e.mentions) expect(x.document.text.slice(m.start, m.end)).toBe(m.text);
    });
    it(
      date ? 'resolves relative dates against the article date' : 'leaves relative dates open without an article date',
      () => {
        const saturday = x.relations.find((r) => r.evidence.sentence.includes('KCNA said on Saturday'));
        expect(saturday?.date).toBe(date ? '2022-02-19' : null);
      },
    );
  });
}
