// Vetoes: readings of a cue that state no act. Each runs on a candidate cue and
// returns true to drop it; the engine records which rule dropped what.
import { loadLexicon } from '../lexicon/load-lexicon.ts';
import { COMPLEMENT_VETOES } from './complement-vetoes.ts';
import type { Candidate, VetoRule } from './rule.ts';

const L = loadLexicon().lists;
const rootOf = (c: Candidate): number => Number(c.cue.code.slice(0, 2));
const isWord = (c: Candidate, k: number): boolean => c.tokens[k]?.word === true;
/** Tags that start an object noun phrase after a verb. */
const OBJECT_STARTS = new Set(['DET', 'NUM', 'NOUN', 'PROPN', 'ADJ', 'PRON']);
/** Tags before which a word is a noun: after a verb (its object), an article, an adjective or a preposition. */
const NOUN_BEFORE = new Set(['VERB', 'DET', 'ADJ', 'ADP']);

export const strikeOutcome: VetoRule = {
  id: 'veto.strike-outcome',
  stage: 'veto',
  why: 'a killing after a force noun ("Turkey\'s strike killed") is the strike\'s outcome, not a second event',
  examples: [{ text: "Turkey's strike killed an Iraqi general.", expect: ['TUR 19 IRQ'] }],
  apply: (c) =>
    !c.nominal &&
    rootOf(c) >= 18 &&
    c.lastEventNoun >= c.floor &&
    !c.mentions.some((m) => m.from > c.lastEventNoun && m.to <= c.cue.at && !m.place && !m.modifier),
};

export const bareParticiple: VetoRule = {
  id: 'veto.bare-participle',
  stage: 'veto',
  why: '"those killed", "civilians wounded": a participle with no subject of its own reports no act',
  examples: [{ text: 'Japan mourned those killed in Peru.', expect: [] }],
  apply: (c) => {
    const prev = c.tokens[c.cue.at - 1];
    if (prev === undefined || !L.bareParticipleHeads.has(prev.fold) || !/ed$/.test(c.cue.text)) return false;
    // "soldiers attacked villages", "soldiers killed two Palestinians": with an object the participle is the verb
    return !OBJECT_STARTS.has(c.pos()[c.cue.end] ?? '');
  },
};

export const participleAdjective: VetoRule = {
  id: 'veto.participle-adjective',
  stage: 'veto',
  why: '"a detained journalist", "the frozen assets": a participle used as an adjective reports no act here',
  examples: [{ text: 'Canada asked about the detained journalist from Iran.', expect: [] }],
  apply: (c) => {
    const prev = c.tokens[c.cue.at - 1];
    return prev !== undefined && L.articles.has(prev.fold) && /ed$/.test(c.cue.text) && c.cue.end === c.cue.at + 1;
  },
};

export const hyphenParticiple: VetoRule = {
  id: 'veto.hyphen-participle',
  stage: 'veto',
  why:
    'a participle joined by a hyphen to the word before ("Iranian-backed militias", "US-funded programmes", ' +
    '"Israeli-occupied land") is a compound adjective that describes a noun; a brokered or proposed plan ("a ' +
    'UN-brokered truce", "the US-proposed ceasefire") still names its mediator or proposer',
  examples: [
    { text: 'American troops attacked Iranian-backed militias in Syria.', expect: [] },
    { text: 'Ghana discussed the Nigerian-backed plan.', expect: [] },
  ],
  apply: (c) => {
    const hy = c.tokens[c.cue.at - 1];
    const cue = c.tokens[c.cue.at];
    if (hy?.fold !== '-' || hy.spaced || cue?.spaced || !/(ed|en)$/.test(cue?.fold ?? '')) return false;
    return rootOf(c) !== 3 && rootOf(c) !== 4;
  },
};

export const companyModifier: VetoRule = {
  id: 'veto.company-modifier',
  stage: 'veto',
  why:
    'a cue word right before a noun naming a business ("a US consulting firm", "a trading company", "consulting ' +
    'contracts") names what the business does, not an act of the state that qualifies it',
  examples: [{ text: 'A US consulting firm advised Saudi Arabia on the deal.', expect: [] }],
  apply: (c) => {
    const next = c.tokens[c.cue.end];
    return next?.word === true && L.companyHeads.has(next.fold);
  },
};

export const verbCueAsNoun: VetoRule = {
  id: 'veto.verb-cue-as-noun',
  stage: 'veto',
  why:
    'a verb cue in its plural noun form after a verb, an article, an adjective or a preposition ("a court banned ' +
    'protests", "renewed calls from lawmakers") names what people do, not an act of a state; under a light verb ' +
    '("made appeals to") the noun is still the act',
  examples: [{ text: 'A French court banned protests in support of Palestine.', expect: [] }],
  apply: (c) => {
    if (c.cue.def.noun === true || c.cue.end !== c.cue.at + 1 || c.cue.at === 0) return false;
    if (!/s$/.test(c.cue.text)) return false;
    const pos = c.pos();
    if (pos[c.cue.at] !== 'NOUN' || !NOUN_BEFORE.has(pos[c.cue.at - 1] ?? '')) return false;
    return !c.tokens.slice(c.floor, c.cue.at).some((t) => L.lightVerbs.has(t.fold));
  },
};

export const ungovernedNoun: VetoRule = {
  id: 'veto.ungoverned-noun',
  stage: 'veto',
  why: 'a stance noun is an act only under a verb of expression ("reaffirmed our support", not "support grows")',
  examples: [{ text: 'The support of Spain for Chile is strong.', expect: [] }],
  apply: (c) =>
    c.nominal &&
    c.cue.def.governors !== undefined &&
    !c.tokens
      .slice(Math.max(c.floor, c.cue.at - 5), c.cue.at)
      .some((t) => c.cue.def.governors?.some((g) => t.fold.startsWith(g.replace(/\+$/, '')))),
};

export const territoryNonRecognition: VetoRule = {
  id: 'veto.territory-non-recognition',
  stage: 'veto',
  why: '"will never recognize Ukrainian territory as Russian" rejects a claim on the land, not its state',
  examples: [{ text: 'Poland will never recognize Ukrainian territory as Russian.', expect: [] }],
  apply: (c) => c.negatedCode !== null && c.tokens.slice(c.cue.end, c.cue.end + 4).some((t) => L.territory.has(t.fold)),
};

export const dictionaryObjectFar: VetoRule = {
  id: 'veto.dictionary-object-far',
  stage: 'veto',
  why:
    'a PETRARCH2 verb codes source–verb–object: its target must be the object or a prepositional phrase right after ' +
    'it (as PETRARCH2 reads the parse), not an actor further on in the clause',
  examples: [{ text: 'Iran opened fire at dawn on the boats, and Iraq protested.', expect: [] }],
  apply: (c) => {
    if (!c.cue.rule.startsWith('petrarch.')) return false;
    if (c.cue.def.mutual) return false; // "X and Y clashed": the coordinated subject is both sides
    const pos = c.pos();
    let words = 0;
    for (let k = c.cue.end; k < c.tokens.length && words <= 3; k++) {
      const m = c.mentions.find((x) => x.from === k && !x.modifier);
      // "thought Ukraine was weak", "expects Russia to agree": the actor is the subject of a clause of its own.
      if (m)
        return (
          pos[m.to] === 'VERB' || pos[m.to] === 'AUX' || (c.tokens[m.to]?.fold === 'to' && pos[m.to + 1] === 'VERB')
        );
      if (!isWord(c, k)) {
        if (c.tokens[k]?.fold !== '-' && c.tokens[k]?.fold !== "'") return true;
        continue;
      }
      if (pos[k] === 'VERB' || pos[k] === 'AUX') return true;
      words++;
    }
    return true;
  },
};

export const dictionarySubjectFar: VetoRule = {
  id: 'veto.dictionary-subject-far',
  stage: 'veto',
  why:
    'a PETRARCH2 verb needs its source as the subject right before it (a name, a pronoun or "its army"), as ' +
    'PETRARCH2 takes it from the parse; an actor further back belongs to another verb',
  examples: [{ text: 'Iran, after weeks of tension along the border, opened fire on Iraq.', expect: [] }],
  apply: (c) => {
    if (!c.cue.rule.startsWith('petrarch.')) return false;
    const pos = c.pos();
    let words = 0;
    for (let k = c.cue.at - 1; k >= c.floor && words <= 4; k--) {
      if (c.mentions.some((m) => m.to === k + 1 && !m.modifier && !m.place)) return false;
      const t = c.tokens[k];
      if (!t?.word) {
        if (t?.fold === ',' || t?.fold === '(') return true;
        continue;
      }
      if (pos[k] === 'PRON') return false;
      if (pos[k] === 'VERB' || pos[k] === 'ADP' || pos[k] === 'SCONJ') return true;
      words++;
    }
    return true;
  },
};

export const figurativeConflict: VetoRule = {
  id: 'veto.figurative-conflict',
  stage: 'veto',
  why:
    'a war or offensive qualified as one of trade, tariffs, prices, propaganda or words ("the trade war with China", ' +
    '"a diplomatic offensive", "a war of words") is no use of force',
  examples: [
    { text: "Japan's trade war with South Korea escalated.", expect: [] },
    { text: 'Russia and Ukraine waged a war of words.', expect: [] },
  ],
  apply: (c) => {
    if (!c.nominal || rootOf(c) < 18) return false;
    let k = c.cue.at - 1;
    while (k >= 0 && c.tokens[k]?.fold === '-') k--;
    if (L.figurativeConflictModifiers.has(c.tokens[k]?.fold ?? '')) return true;
    return c.tokens[c.cue.end]?.fold === 'of' && L.figurativeConflictModifiers.has(c.tokens[c.cue.end + 1]?.fold ?? '');
  },
};

export const sportsResult: VetoRule = {
  id: 'veto.sports-result',
  stage: 'veto',
  why: 'a sports result ("South Korea defeats Iraq 2–0 in the Asian Cup") is no conflict between states',
  examples: [{ text: 'Japan struck twice against Iran in the Asian Cup final.', expect: [] }],
  apply: (c) => rootOf(c) >= 13 && c.tokens.some((t) => t.word && L.sportsWords.has(t.fold)),
};

const BREAKS = new Set([',', ';', ':', '(', ')', '"', '“', '”']);

/** A word of `markers` among the `words` words before the cue, back to `floor`, unbroken by punctuation (or a verb). */
function markerBefore(c: Candidate, markers: ReadonlySet<string>, words: number, floor: number, stopAtVerb: boolean) {
  const pos = stopAtVerb ? c.pos() : [];
  for (let k = c.cue.at - 1, n = 0; k >= floor && n < words; k--) {
    const t = c.tokens[k];
    if (!t) return false;
    if (!t.word) {
      if (BREAKS.has(t.fold)) return false;
      continue;
    }
    if (markers.has(t.fold)) return true;
    if (stopAtVerb && (pos[k] === 'VERB' || pos[k] === 'AUX')) return false;
    n++;
  }
  return false;
}

export const backgroundAct: VetoRule = {
  id: 'veto.background-act',
  stage: 'veto',
  why:
    'an act named after "since" or an anniversary or commemoration ("since the start of the Russian invasion", ' +
    '"marks the anniversary of the war") is background earlier than the reported event, not a new event; an act ' +
    'still going on ("since Russia began deploying troops") is not',
  examples: [
    { text: 'Since the start of the Russian invasion of Ukraine, Poland has taken in refugees.', expect: [] },
    { text: 'Serbia marked the anniversary of the NATO bombing of Belgrade.', expect: [] },
    { text: 'Greece has expelled ten Russian diplomats since Russia invaded Ukraine.', expect: ['GRC 16 RUS'] },
  ],
  apply: (c) => (c.nominal || !/ing$/.test(c.cue.text)) && markerBefore(c, L.backgroundMarkers, 8, 0, false),
};

export const hedgedNoun: VetoRule = {
  id: 'veto.hedged-noun',
  stage: 'veto',
  why:
    'an act noun qualified as possible, potential, alleged or suspected, or named as a threat, fear or risk ("a ' +
    'possible attack by Iran", "the risk of a Chinese blockade") is not stated as fact, though it has its own actor',
  examples: [
    { text: 'Taiwan prepared for a possible invasion by China.', expect: [] },
    { text: 'An apparent Israeli airstrike hit a convoy in Syria.', expect: [] },
    { text: 'Latvia spoke of the threat of a Russian attack.', expect: [] },
  ],
  apply: (c) => c.nominal && markerBefore(c, L.hedgeModifiers, 5, c.floor, true),
};

/** Before modality is known, in the order the engine applies them. */
export const EARLY_VETOES: readonly VetoRule[] = [
  strikeOutcome,
  bareParticiple,
  participleAdjective,
  hyphenParticiple,
  companyModifier,
  verbCueAsNoun,
  ungovernedNoun,
  sportsResult,
  figurativeConflict,
  backgroundAct,
  hedgedNoun,
  ...COMPLEMENT_VETOES,
  dictionaryObjectFar,
  dictionarySubjectFar,
];
/** Once negation is known. */
export const LATE_VETOES: readonly VetoRule[] = [territoryNonRecognition];
