// Whether a cue word that can be a noun or a verb ("attack", "support", "visit")
// is used as a noun here: after a determiner, a possessive or an adjective
// ("Russia's brutal attack", "a US drone strike", "our support", "Russian attacks"), or when its
// form is only a noun ("aggression", "invasion").
import type { Token } from './tokenize.ts';

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'any',
  'another',
  'further',
  'no',
  'such',
  'every',
  'each',
  'whose',
]);
const VERBAL = new Set([
  'to',
  'will',
  'would',
  'can',
  'could',
  'must',
  'shall',
  'should',
  'may',
  'might',
  'did',
  'do',
  'does',
  'not',
  'never',
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'who',
  'which',
  'that',
  'they',
  'we',
  'i',
  'he',
  'she',
  'it',
  'you',
]);
const NOUN_FORMS = new Set([
  'war',
  'wars',
  'offensive',
  'aggression',
  'invasion',
  'brutality',
  'airstrike',
  'airstrikes',
  'barrage',
  'crackdown',
  'buildup',
  'build-up',
  'trip',
  'talks',
  'summit',
  'hostility',
  'genocide',
  'condemnation',
  'criticism',
  'accusation',
  'accusations',
  'denunciation',
  'assistance',
  'aid',
]);
const IRREGULAR_VERB_FORMS = new Set(['fought', 'struck', 'sent', 'gave', 'met', 'held', 'froze', 'broke', 'stood']);

export function isNominal(tokens: Token[], at: number, demonymBefore = false): boolean {
  const f = (tokens[at] as Token).fold;
  if (NOUN_FORMS.has(f)) return true;
  if (/(ed|ing)$/.test(f) || IRREGULAR_VERB_FORMS.has(f)) return false;
  if (/(ion|ions|ment|ments|ity)$/.test(f) || demonymBefore) return true;
  // Up to five words back ("this unprovoked and unjustified attack"): a determiner or possessive
  // before any verbal word or name makes a noun phrase; "Russia attacks" stays a verb.
  let words = 0;
  for (let k = at - 1; k >= 0 && words < 5; k--) {
    const t = tokens[k] as Token;
    if (!t.word) {
      if (t.fold === "'" && tokens[k + 1]?.fold === 's') return true;
      if (t.text !== '-' && t.fold !== "'") return false;
      continue;
    }
    words++;
    if (t.fold === 's' && tokens[k - 1]?.fold === "'") return true;
    if (DETERMINERS.has(t.fold)) return true;
    if (VERBAL.has(t.text === 'I' ? 'i' : t.fold)) return false;
    if (/^\p{Lu}\p{Ll}/u.test(t.text) && k > 0) return false;
  }
  return false;
}
