import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../../server/neo4j/database.ts';
import { ingestPaths } from '../../../server/ingest/ingest-paths.ts';
import { silentProgress } from '../../../server/ingest/progress.ts';
import { graphCounts } from '../../support/graph-counts.ts';
import { openTestDb } from '../../support/test-db.ts';
import { ensureSeedArticle, SEED_ARTICLE } from '../../support/world.ts';

interface MessageRow {
  sender: string;
  recipient: string;
  kind: string;
  reportedBy: string[];
  sentences: { sentence: string; start: number; end: number }[];
  replies: string[];
  id: string;
}

describe('the seed article in the real Neo4j', () => {
  let db: Database;
  let text: string;
  beforeAll(async () => {
    db = await openTestDb();
    await ensureSeedArticle(db);
    const [doc] = await db.read<{ text: string }>(
      "MATCH (s:Source {kind: 'document'}) WHERE s.title STARTS WITH 'China Says Ready' RETURN s.text AS text",
    );
    text = doc!.text;
  }, 240_000);
  afterAll(async () => {
    await db.close();
  });

  const messages = () =>
    db.read<MessageRow>(
      `MATCH (snd)-[:SENT]->(m:Message)-[:ADDRESSED_TO]->(rcp), (m)-[f:FROM]->(s:Source {kind: 'document'})
       WHERE s.title STARTS WITH 'China Says Ready'
       OPTIONAL MATCH (rep)-[:REPORTED]->(m)
       OPTIONAL MATCH (m)-[:REPLIES_TO]->(q:Message)
       RETURN m.id AS id, snd.key AS sender, rcp.key AS recipient, m.kind AS kind, collect(DISTINCT rep.key) AS reportedBy,
              collect(DISTINCT {sentence: f.sentence, start: f.start, end: f.end}) AS sentences, collect(DISTINCT q.id) AS replies
       ORDER BY m.kind`,
    );

  it('stores its three messages with sender, recipient, reporter and the sentences that say so', async () => {
    const rows = await messages();
    expect(rows.map((r) => `${r.sender}>${r.recipient}:${r.kind}`).sort()).toEqual([
      'kim-jong-un>xi-jinping:congratulatory_message',
      'kim-jong-un>xi-jinping:verbal_message',
      'xi-jinping>kim-jong-un:reply',
    ]);
    const byKind = new Map(rows.map((r) => [r.kind, r]));
    expect(byKind.get('verbal_message')!.reportedBy).toContain('RODONG_SINMUN');
    expect(byKind.get('reply')!.reportedBy).toContain('KCNA');
    expect(byKind.get('reply')!.replies.sort()).toEqual(
      [byKind.get('congratulatory_message')!.id, byKind.get('verbal_message')!.id].sort(),
    );
    for (const r of rows) {
      expect(r.sentences.length).toBeGreaterThan(0);
      for (const s of r.sentences) expect(text.slice(s.start, s.end)).toBe(s.sentence);
    }
  });

  it('stores Resolution 2270: imposed by the UN Security Council on North Korea, approved by China, amending UN-SC1718, with its evidence', async () => {
    const [row] = await db.read<{
      imposers: string[];
      targets: string[];
      approvers: string[];
      regime: string[];
      evidence: { sentence: string; start: number; end: number }[];
    }>(
      `MATCH (n:Sanction {key: 'UNSCR-2270'})-[f:FROM]->(s:Source {kind: 'document'})
       OPTIONAL MATCH (i)-[:IMPOSED]->(n)
       OPTIONAL MATCH (n)-[:TARGETS]->(t:State)
       OPTIONAL MATCH (a)-[:APPROVED]->(n)
       OPTIONAL MATCH (n)-[:AMENDS]->(g:Sanction)
       RETURN collect(DISTINCT i.key) AS imposers, collect(DISTINCT t.code) AS targets, collect(DISTINCT a.uid) AS approvers,
              collect(DISTINCT g.key) AS regime, collect(DISTINCT {sentence: f.sentence, start: f.start, end: f.end}) AS evidence`,
    );
    expect(row!.imposers).toEqual(['UNSC']);
    expect(row!.targets).toEqual(['PRK']);
    expect(row!.approvers).toEqual(['State:CHN']);
    expect(row!.regime).toEqual(['UN-SC1718']);
    expect(row!.evidence.some((e) => e.sentence.includes('Resolution 2270'))).toBe(true);
    for (const e of row!.evidence) expect(text.slice(e.start, e.end)).toBe(e.sentence);
  });

  it('stores the CAMEO relations between the states with their evidence sentences, and no claim the article does not make', async () => {
    const rows = await db.read<{ a: string; b: string; root: string; sentence: string }>(
      `MATCH (e:Event)-[f:FROM]->(s:Source {kind: 'document'}) WHERE s.title STARTS WITH 'China Says Ready'
       RETURN e.actorState AS a, e.targetState AS b, e.root AS root, f.sentence AS sentence`,
    );
    const triples = new Set(rows.map((r) => `${r.a} ${r.root} ${r.b}`));
    for (const t of ['CHN 03 PRK', 'PRK 03 CHN', 'PRK 05 CHN', 'PRK 11 USA']) expect(triples).toContain(t);
    const unsc = await db.read<{ n: number }>(
      `MATCH (:Organization {key: 'UNSC'})-[:INITIATED]->(e:Event {root: '16'})-[:DIRECTED_AT]->(:State {code: 'PRK'}), (e)-[:FROM]->(:Source {kind: 'document'}) RETURN count(e) AS n`,
    );
    expect(unsc[0]!.n).toBeGreaterThan(0);
    expect([...triples].filter((t) => t.startsWith('USA '))).toEqual([]);
    expect(triples).not.toContain('PRK 16 CHN');
    for (const r of rows) expect(r.sentence.length).toBeGreaterThan(20);
  });

  it('ingesting it again changes no counts', async () => {
    const before = await graphCounts(db);
    const summary = await ingestPaths(db, [SEED_ARTICLE], silentProgress, () => {});
    expect(summary.documents).toEqual({ rows: 1, created: 0, updated: 0, rejected: 0 });
    expect(await graphCounts(db)).toEqual(before);
  }, 60_000);

  it('a changed document with the same id replaces its own facts and no others', async () => {
    const original = readFileSync(SEED_ARTICLE, 'utf8');
    const before = await graphCounts(db);
    const [{ id }] = (await db.read<{ id: string }>(
      "MATCH (s:Source {kind: 'document'}) WHERE s.title STARTS WITH 'China Says Ready' RETURN s.docId AS id",
    )) as [{ id: string }];
    const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-'));
    const edited = `${dir}/edited.jsonl`;
    const cut = original.slice(0, original.indexOf('This comes as military cooperation'));
    writeFileSync(edited, `${JSON.stringify({ id, text: cut })}\n`);
    const first = await ingestPaths(db, [edited], silentProgress, () => {});
    expect(first.documents?.updated).toBe(1);
    const sanctionEvidence = await db.read<{ n: number }>(
      "MATCH (:Sanction {key: 'UNSCR-2270'})-[f:FROM]->(:Source {kind: 'document'}) RETURN count(f) AS n",
    );
    expect(sanctionEvidence[0]!.n).toBe(0);
    expect((await messages()).length).toBe(0); // the title changed, so the old title no longer matches
    const after = await graphCounts(db);
    expect(after.nodes.State).toBe(before.nodes.State);
    expect(after.nodes.Event).toBeLessThan(before.nodes.Event!);
    const restored = await ingestPaths(db, [SEED_ARTICLE], silentProgress, () => {});
    expect(restored.documents?.updated).toBe(1);
    expect(await graphCounts(db)).toEqual(before);
  }, 60_000);
});
