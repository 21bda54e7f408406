// The hand cue overrides, loaded from data/lexicon/cues.json (see lexicon/).
import { loadLexicon } from './lexicon/load-lexicon.ts';

export type { CueDef } from './lexicon/cue-def.ts';

export const CUES = loadLexicon().cues;
