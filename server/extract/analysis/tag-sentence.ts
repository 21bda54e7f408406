// Part-of-speech tags from wink-nlp's English model (MIT, shipped in its npm
// package), mapped onto the extraction's own tokens by character offset. The
// tagger is loaded on first use and run only on the sentences that need it.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from '../tokenize.ts';

/** Universal POS tags as wink gives them ("VERB", "NOUN", "PROPN", "ADP", …); "X" where no tag maps. */
export type Pos = string;

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

function tagger(): Nlp {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/** One tag per token of tokens (absolute offsets; the sentence text starts at `offset`). */
export function tagSentence(text: string, offset: number, tokens: readonly Token[]): Pos[] {
  const out: Pos[] = new Array<Pos>(tokens.length).fill('X');
  if (tokens.length === 0) return out;
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  const span = text.slice(first.start - offset, last.end - offset);
  const n = tagger();
  const doc = n.readDoc(span);
  // wink's `its` helpers are plain functions passed by reference (wink's own usage); its types call them methods.
  /* eslint-disable @typescript-eslint/unbound-method */
  const values = doc.tokens().out(n.its.value);
  const tags = doc.tokens().out(n.its.pos) as string[];
  /* eslint-enable @typescript-eslint/unbound-method */
  // Walk both token streams by character offset: a tag goes to every own token its word overlaps.
  let cursor = 0;
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as string;
    const at = span.indexOf(v, cursor);
    if (at < 0) continue;
    const from = first.start + at;
    const to = from + v.length;
    cursor = at + v.length;
    while (k < tokens.length && (tokens[k] as Token).end <= from) k++;
    for (let j = k; j < tokens.length && (tokens[j] as Token).start < to; j++)
      if (out[j] === 'X') out[j] = tags[i] as string;
  }
  return out;
}
