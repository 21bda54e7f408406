// "each accused the other", "blamed one another": the act runs both ways
// between the coordinated subjects, like a meeting.
import type { CueHit } from './find-cues.ts';
import type { Token } from './tokenize.ts';

const WINDOW = 6;

export function isReciprocal(tokens: Token[], cue: CueHit): boolean {
  if (tokens[cue.at - 1]?.fold === 'each' || tokens[cue.at - 2]?.fold === 'each') return true;
  for (let k = cue.end; k < Math.min(tokens.length - 1, cue.end + WINDOW); k++) {
    const a = (tokens[k] as Token).fold;
    const b = (tokens[k + 1] as Token).fold;
    if ((a === 'each' || (a === 'the' && k === cue.end)) && b === 'other') return true;
    if (a === 'one' && b === 'another') return true;
  }
  return false;
}
