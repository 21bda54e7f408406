// Vetoes for cues that sit inside what another word governs: the act someone is
// asked to do, the act an accuser names, a conflict's name, a noun that only
// modifies another noun, an accident. None of these states an act of its own.
import { armedGroupAt } from '../analysis/armed-group-at.ts';
import { agentAt } from '../analysis/mark-agents.ts';
import { loadLexicon } from '../lexicon/load-lexicon.ts';
import type { Candidate, VetoRule } from './rule.ts';

const L = loadLexicon().lists;
const rootOf = (c: Candidate): number => Number(c.cue.code.slice(0, 2));
const BREAKS = new Set([',', ';', ':', '.', '(', ')', '"', '“', '”']);

/** A "to" among the three word tokens before `at`, unbroken by punctuation (the reach of infinitiveTo). */
function toWithin(tokens: Candidate['tokens'], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const t = tokens[k];
    if (!t?.word) return false;
    if (t.fold === 'to') return true;
  }
  return false;
}

/** Index of the "to" that opens the infinitive holding the cue ("to impose sanctions", "to quickly withdraw"), or -1. */
function infinitiveTo(c: Candidate): number {
  // Without a "to" among the words the walk below can reach, there is no infinitive: the tagger need not run.
  if (!toWithin(c.tokens, c.cue.at)) return -1;
  const pos = c.pos();
  for (let k = c.cue.at - 1, seen = 0; k >= 0 && seen <= 2; k--) {
    const t = c.tokens[k];
    if (!t?.word) return -1;
    if (t.fold === 'to') return pos[k + 1] === 'VERB' || pos[k + 1] === 'AUX' || k + 1 === c.cue.at ? k : -1;
    // Only an adverb or the infinitive's own verb ("to launch strikes") may stand between.
    if (pos[k] !== 'ADV' && pos[k] !== 'VERB' && pos[k] !== 'DET' && pos[k] !== 'ADJ') return -1;
    seen++;
  }
  return -1;
}

/** "I want to thank", "we wish to congratulate": a first-person wish to thank is the thanks itself. */
function performative(c: Candidate, governor: number): boolean {
  if (!L.wishVerbs.has(c.tokens[governor]?.fold ?? '')) return false;
  for (let k = governor - 1; k >= 0 && k >= governor - 2; k--) {
    const f = c.tokens[k]?.fold ?? '';
    if (f === 'i' || f === 'we') return true;
  }
  return false;
}

export const appealComplement: VetoRule = {
  id: 'veto.appeal-complement',
  stage: 'veto',
  why:
    'the act in the "to"-complement of an appeal, order, invitation or wish ("urges X to withdraw its forces", ' +
    '"calls for X to impose sanctions") is asked for, not done; the appeal itself is coded by its own cue',
  examples: [
    { text: 'Brazil urged Argentina to withdraw its troops from the border.', expect: ['BRA 02 ARG'] },
    { text: 'Peru called for Chile and Bolivia to impose sanctions on Ecuador.', expect: ['PER 02 BOL', 'PER 02 CHL'] },
  ],
  apply: (c) => {
    const to = infinitiveTo(c);
    if (to < 0) return false;
    const pos = c.pos();
    // Back over the addressee ("the United States and the European Union", "for", "on") to the governing verb.
    for (let k = to - 1; k >= 0 && k >= to - 12; k--) {
      const t = c.tokens[k];
      if (!t) return false;
      if (!t.word) {
        if (BREAKS.has(t.fold)) return false;
        continue;
      }
      if (L.appealGovernors.has(t.fold)) return !performative(c, k);
      if (pos[k] === 'VERB' || pos[k] === 'SCONJ') return false;
    }
    return false;
  },
};

export const passiveAppeal: VetoRule = {
  id: 'veto.passive-appeal',
  stage: 'veto',
  why:
    'an appeal or demand in the passive ("he is told to leave", "Chile was urged to") makes its subject the one ' +
    'addressed; with no "by" agent nobody named made it',
  examples: [{ text: 'Ghana was told to leave Togo.', expect: [] }],
  apply: (c) => {
    const root = rootOf(c);
    if (root !== 2 && root !== 10) return false;
    const prev = c.tokens[c.cue.at - 1];
    if (!prev?.word || !L.beForms.has(prev.fold)) return false;
    return !c.tokens.slice(c.cue.end, c.cue.end + 6).some((t) => t.fold === 'by');
  },
};

/** An accusation word within the reach of accusationContent's walk, tags aside: without one it cannot apply. */
function accusationWithin(c: Candidate): boolean {
  for (let k = c.cue.at - 1, words = 0; k >= 0 && words < 8; k--) {
    const t = c.tokens[k];
    if (!t) return false;
    if (!t.word) {
      if (BREAKS.has(t.fold) && t.fold !== '"' && t.fold !== '“') return false;
      continue;
    }
    words++;
    if (L.accusationWords.has(t.fold)) return true;
    if (t.fold === 'and' || t.fold === 'but') return false;
  }
  return false;
}

export const accusationContent: VetoRule = {
  id: 'veto.accusation-content',
  stage: 'veto',
  why:
    'the act an accuser names ("accuses X of shelling", "on charges of arms trade with Y", "blames the offensive ' +
    'on") or a denial rejects is reported, not asserted: the accuser accuses (11), the accused act is no fact',
  examples: [
    { text: 'Iran accused Iraq of attacking its border posts.', expect: ['IRN 11 IRQ'] },
    { text: 'Kenya faces charges of illegal arms trade with Somalia.', expect: [] },
  ],
  apply: (c) => {
    const root = rootOf(c);
    if (root === 11 || root === 12) return false;
    if (!accusationWithin(c)) return false;
    const pos = c.pos();
    for (let k = c.cue.at - 1, words = 0; k >= 0 && words < 8; k--) {
      const t = c.tokens[k];
      if (!t) return false;
      if (!t.word) {
        if (BREAKS.has(t.fold) && t.fold !== '"' && t.fold !== '“') return false;
        continue;
      }
      words++;
      if (L.accusationWords.has(t.fold)) return true;
      if (t.fold === 'and' || t.fold === 'but' || pos[k] === 'VERB') return false;
      if (pos[k] === 'SCONJ' && t.fold !== 'that') return false;
    }
    return false;
  },
};

export const conflictName: VetoRule = {
  id: 'veto.conflict-name',
  stage: 'veto',
  why:
    'a capitalised force noun inside a proper name ("the 2006 Lebanon War", "the Russo-Ukrainian War") names a ' +
    'conflict as a time or topic; it reports no act of the states in the name',
  examples: [{ text: 'Historians studied the 2006 Lebanon War.', expect: [] }],
  apply: (c) => {
    if (rootOf(c) < 18 || !/^\p{Lu}/u.test(c.cue.text)) return false;
    let k = c.cue.at - 1;
    while (k >= 0 && c.tokens[k]?.fold === '-') k--;
    const prev = c.tokens[k];
    return k >= 0 && prev !== undefined && prev.word && (/^\p{Lu}/u.test(prev.text) || /^\d{4}$/.test(prev.text));
  },
};

export const compoundModifier: VetoRule = {
  id: 'veto.compound-modifier',
  stage: 'veto',
  why:
    'a one-word event noun right before another common noun only modifies it ("travel bans", "attack helicopters", ' +
    '"trade agreement"): the head noun, not the modifier, says what happened',
  examples: [{ text: 'Spain imposed travel bans on Moroccan officials.', expect: ['ESP 16 MAR'] }],
  apply: (c) => {
    if (c.cue.end !== c.cue.at + 1) return false;
    const next = c.tokens[c.cue.at + 1];
    const prev = c.tokens[c.cue.at - 1];
    if (!next?.word || !next.spaced || /^\p{Lu}/u.test(next.text) || L.timeNouns.has(next.fold)) return false;
    const pos = c.pos();
    if (pos[c.cue.at] !== 'NOUN' || pos[c.cue.at + 1] !== 'NOUN') return false;
    // "Iran strikes targets": after a name the word is the verb whatever the tagger says.
    return (
      prev === undefined ||
      !prev.word ||
      ['DET', 'ADJ', 'NOUN', 'ADP', 'CCONJ', 'NUM', 'VERB'].includes(pos[c.cue.at - 1] ?? '')
    );
  },
};

export const accidentalForce: VetoRule = {
  id: 'veto.accidental-force',
  stage: 'veto',
  why: 'force used by accident ("soldiers accidentally killed by a Russian airstrike") is no act against a state',
  examples: [
    { text: 'Two Turkish soldiers were accidentally killed by a Russian airstrike.', expect: [] },
    { text: 'Two Turkish soldiers are accidentally killed by a Russian airstrike near Aleppo in Syria.', expect: [] },
  ],
  // back to the verb whose manner the adverb gives ("accidentally killed by a Russian airstrike")
  apply: (c) =>
    rootOf(c) >= 18 &&
    c.tokens.slice(Math.max(c.floor, c.cue.at - 6), c.cue.end + 2).some((t) => t.word && L.accidentWords.has(t.fold)),
};

/** "bombed Kurdish rebels and Syrian army posts": a state named in a second object after "and" is hit too. */
function stateObjectAfter(c: Candidate, from: number): boolean {
  if (c.tokens[from]?.fold !== 'and') return false;
  const at = from + 1;
  return c.mentions.some((m) => m.from >= at && m.from <= at + 2 && !m.modifier);
}

export const armedGroupObject: VetoRule = {
  id: 'veto.armed-group-object',
  stage: 'veto',
  why:
    'force whose object is a named non-state armed group ("hit PKK camps in northern Iraq", "strikes on Hezbollah ' +
    'positions in Lebanon") or armed non-state people ("fight militants near the Afghan border", "attack ' +
    'Iranian-backed militias in Syria": Phoenix agents of the roles armedAgentRoles) is aimed at the group, not at the ' +
    'state where it is',
  examples: [
    { text: 'Turkish jets bombed PKK camps in northern Iraq.', expect: [] },
    { text: 'Pakistani troops fought militants near the Afghan border.', expect: [] },
    { text: 'Nigerian soldiers attacked rebels in Cameroon.', expect: [] },
  ],
  apply: (c) => {
    if (rootOf(c) < 18) return false;
    for (let k = c.cue.at + 1, words = 0; k < c.tokens.length && words < 6; k++) {
      const t = c.tokens[k];
      if (!t?.word) {
        if (BREAKS.has(t?.fold ?? '') && t?.fold !== '(') return false;
        continue;
      }
      if (armedGroupAt(c.tokens, k) > k) return true;
      if (c.mentions.some((m) => m.from === k && !m.modifier)) return false;
      const agent = agentAt(c.tokens, k);
      // "rebel-held towns": the group only qualifies the place that is hit
      const compound = c.tokens[k + (agent?.words.length ?? 0)]?.fold === '-';
      // "Houthi rebels": a group that governs its state de facto acts for it
      const governing = L.governingGroups.has(c.tokens[k - 1]?.fold ?? '');
      if (agent && !agent.state && !compound && !governing && L.armedAgentRoles.has(agent.code.slice(0, 3)))
        return !stateObjectAfter(c, k + agent.words.length);
      words++;
    }
    return false;
  },
};

export const participleModifier: VetoRule = {
  id: 'veto.participle-modifier',
  stage: 'veto',
  why:
    'a participle between a modifier and a noun ("the internationally recognized government", "its ' +
    'U.N.-backed administration") describes the noun; it reports no act in this sentence',
  examples: [{ text: "Libya's internationally recognized government thanked Italy.", expect: ['LBY 05 ITA'] }],
  apply: (c) => {
    if (!/ed$/.test(c.tokens[c.cue.at]?.fold ?? '')) return false;
    const pos = c.pos();
    if (pos[c.cue.at + 1] !== 'NOUN') return false;
    // Back over the modifiers to what opens the noun phrase: an article, a possessive or a preposition.
    let k = c.cue.at - 1;
    let modifiers = 0;
    for (; k >= 0; k--) {
      const t = c.tokens[k];
      if (t?.fold === '-' || pos[k] === 'ADV' || pos[k] === 'ADJ') modifiers++;
      else break;
    }
    if (modifiers === 0 || k < 0) return false;
    const t = c.tokens[k];
    return pos[k] === 'DET' || pos[k] === 'ADP' || (t?.fold === 's' && c.tokens[k - 1]?.fold === "'");
  },
};

export const subjectlessGerund: VetoRule = {
  id: 'veto.subjectless-gerund',
  stage: 'veto',
  why:
    'a gerund right after "when", "while", "after" ("when attacking a base") acts for the subject of the sentence; ' +
    'when that subject is no state ("Kurdish insurgents kill Turkish soldiers when attacking"), no state acted',
  examples: [{ text: 'Kurdish insurgents killed two Turkish soldiers when attacking a base in Iraq.', expect: [] }],
  apply: (c) => {
    const prev = c.tokens[c.cue.at - 1];
    if (!/ing$/.test(c.tokens[c.cue.at]?.fold ?? '') || !prev?.word || !L.subordinators.has(prev.fold)) return false;
    const pos = c.pos();
    const verb = pos.findIndex((p) => p === 'VERB');
    if (verb < 0 || verb >= c.cue.at) return false;
    return !c.mentions.some((m) => m.to <= verb && !m.modifier && !m.place && m.afterPrep === null);
  },
};

/** In the order the engine applies them, after the early vetoes. */
export const COMPLEMENT_VETOES: readonly VetoRule[] = [
  appealComplement,
  passiveAppeal,
  accusationContent,
  conflictName,
  compoundModifier,
  accidentalForce,
  armedGroupObject,
  participleModifier,
  subjectlessGerund,
];
