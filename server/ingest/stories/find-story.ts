import type { Database } from '../../neo4j/database.ts';
import { runNamed } from '../../neo4j/run-named.ts';
import { estimateSimilarity, minhashSignature, signatureBands } from './minhash.ts';

/** Estimated Jaccard similarity of word 3-shingles above which two documents are reports of one story. */
const SAME_STORY = 0.5;

export interface StoryChoice {
  story: string;
  signature: number[];
  bands: string[];
}

/** The story a document's text nearly duplicates (the most similar above SAME_STORY), else a new one of its own. */
export async function findStory(db: Database, docKey: string, text: string): Promise<StoryChoice> {
  const signature = minhashSignature(text);
  const bands = signatureBands(signature);
  const candidates = await runNamed<{ key: string; signature: number[] }>(db, 'stories/find-story-candidates', {
    bands,
  });
  let best: { key: string; sim: number } | null = null;
  for (const c of candidates) {
    const sim = estimateSimilarity(signature, c.signature);
    if (sim >= SAME_STORY && (!best || sim > best.sim || (sim === best.sim && c.key < best.key)))
      best = { key: c.key, sim };
  }
  return { story: best?.key ?? `story:${docKey.replace(/^doc:/, '')}`, signature, bands };
}
