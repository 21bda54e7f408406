// `npm run bench:extract`: documents/s and MB/s on one core for 3 KB articles,
// and the time for 1 MB vs 4 MB inputs to show growth is linear.
// The gazetteer is the product's: every leader span of the shipped reference data.
import { readFileSync } from 'node:fs';
import { extractDocument } from '../server/extract/extract-document.ts';
import { gazetteerFromReference } from '../server/ingest/documents/load-gazetteer.ts';

const t0 = performance.now();
const gaz = await gazetteerFromReference();
console.log(`gazetteer built in ${(performance.now() - t0).toFixed(0)} ms (${gaz.trie.size} aliases)`);

const seed = readFileSync(new URL('../test/fixtures/devset/devset.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);
const article = (i: number): string => {
  let s = '';
  for (let k = i; s.length < 3000; k++) s += `${seed[k % seed.length]}\n\n`;
  return s.slice(0, 3072);
};
const docs = Array.from({ length: 400 }, (_, i) => article(i));
for (const d of docs.slice(0, 20)) extractDocument({ text: d, date: '2022-02-22' }, gaz); // warm-up
const t1 = performance.now();
let bytes = 0;
for (const d of docs) {
  extractDocument({ text: d, date: '2022-02-22' }, gaz);
  bytes += d.length;
}
const sec = (performance.now() - t1) / 1000;
console.log(`3 KB articles: ${(docs.length / sec).toFixed(0)} documents/s, ${(bytes / 1e6 / sec).toFixed(2)} MB/s`);

const big = (mb: number): string => {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < mb * 1e6; i++) {
    const a = article(i);
    parts.push(a);
    n += a.length + 2;
  }
  return parts.join('\n\n');
};
const timeOf = (text: string): number => {
  const t = performance.now();
  extractDocument({ text, date: '2022-02-22' }, gaz);
  return (performance.now() - t) / 1000;
};
const one = timeOf(big(1));
const four = timeOf(big(4));
console.log(
  `1 MB: ${one.toFixed(2)} s (${(1 / one).toFixed(2)} MB/s); 4 MB: ${four.toFixed(2)} s (${(4 / four).toFixed(2)} MB/s); ratio ${(four / one).toFixed(2)} (linear = 4)`,
);
