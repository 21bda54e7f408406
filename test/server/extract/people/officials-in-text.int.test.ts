import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { extractDocument } from '../../../../server/extract/extract-document.ts';
import type { Gazetteer } from '../../../../server/extract/build-gazetteer.ts';
import { gazetteerFromGraph } from '../../../../server/ingest/documents/load-gazetteer.ts';
import type { Database } from '../../../../server/neo4j/database.ts';
import { openTestDb } from '../../../support/test-db.ts';
import { ensureReferenceWorld } from '../../../support/world.ts';

// Short texts of our own (CC0), read with the gazetteer of the real graph (the reference world).
let db: Database;
let gaz: Gazetteer;
beforeAll(async () => {
  db = await openTestDb();
  await ensureReferenceWorld(db);
  gaz = await gazetteerFromGraph(db);
}, 900_000);
afterAll(async () => db?.close());

const read = (text: string, date: string) => {
  const x = extractDocument({ text, date }, gaz);
  return {
    people: x.entities.filter((e) => e.kind === 'Leader').map((e) => e.key),
    relations: x.relations.map((r) => `${r.source.key} ${r.root} ${r.target.key}`),
    via: x.relations.map((r) => r.via?.source?.key ?? null),
    unresolved: x.warnings.filter((w) => w.code === 'unresolved_person'),
  };
};

describe('people who act for bodies', () => {
  it("codes Stoltenberg's statements as NATO's, never Norway's", () => {
    const r = read(
      'NATO Secretary General Jens Stoltenberg criticised Russia over the missile deployment.',
      '2019-04-04',
    );
    expect(r.relations).toEqual(['NATO 11 RUS']);
    expect(r.via).toEqual(['jens-stoltenberg']);
  });

  it('reads "NATO chief" as whoever held the post that day', () => {
    expect(read('NATO chief warned Russia on Thursday.', '2019-04-04').people).toEqual(['jens-stoltenberg']);
    expect(read('NATO chief warned Russia on Thursday.', '2025-02-01').people).toEqual(['mark-rutte']);
  });

  it("codes Borrell's as the EU's, also by surname and as the EU's foreign policy chief", () => {
    const r = read(
      "EU foreign policy chief Josep Borrell condemned Turkey's drilling. Borrell urged Ankara to stop.",
      '2020-08-28',
    );
    expect(r.relations.every((x) => x.startsWith('EU '))).toBe(true);
    expect(r.relations).toContain('EU 11 TUR');
    expect(read("The EU's foreign policy chief criticised Turkey.", '2020-08-28').people).toEqual(['josep-borrell']);
  });
});

describe('people who act for states', () => {
  it.each([
    ['2022-03-01', 'antony-blinken'],
    ['2025-03-01', 'marco-rubio'],
  ])('has the Secretary of State of %s act for the United States, named or not', (date, key) => {
    const r = read('The Secretary of State criticised China.', date);
    expect(r.people).toEqual([key]);
    expect(r.relations).toEqual(['USA 11 CHN']);
  });

  it('reads "the Russian defence minister" in 2019 as Shoygu, and "Defence Minister Shoigu" too', () => {
    const r = read(
      'The Russian defence minister threatened Ukraine. Defence Minister Shoigu also met Chinese officials.',
      '2019-06-01',
    );
    expect(r.people).toEqual(['sergei-shoigu']);
    expect(r.relations[0]).toBe('RUS 13 UKR');
  });

  it('resolves "the foreign ministry spokesperson" in a Chinese context to China, reporting the unnamed person', () => {
    const r = read('Beijing rejected the claims. The foreign ministry spokesperson criticised Japan.', '2019-06-01');
    expect(r.relations).toEqual(['CHN 11 JPN']);
    expect(r.people).toEqual([]);
    expect(r.unresolved).toHaveLength(1);
  });

  it('reads "the Indian ambassador to Nepal" as an envoy of India', () => {
    const r = read('The Indian ambassador to Nepal met Nepalese officials.', '2020-06-01');
    expect(r.relations[0]).toMatch(/^IND 04 NPL$/);
  });

  it('reports a title no one held that day as an unresolved person, never as someone else', () => {
    const r = read('The Tuvaluan defence minister criticised Fiji.', '2020-06-01');
    expect(r.people).toEqual([]);
    expect(r.unresolved[0]?.message).toMatch(/Tuvaluan defence minister/);
  });
});

describe('spellings', () => {
  it('folds Zelensky and Zelenskyy to one person', () => {
    expect(read('President Zelensky thanked Poland. Zelenskyy also met Germany.', '2023-06-01').people).toEqual([
      'volodymyr-zelenskyy',
    ]);
  });

  it('reads "Mohamed bin Zayed" as Mohammed bin Zayed Al Nahyan', () => {
    expect(read('Mohamed bin Zayed hosted Narendra Modi.', '2023-06-01').people).toContain(
      'mohammed-bin-zayed-al-nahyan',
    );
  });
});
