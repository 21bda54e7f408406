// A hand cue: a head word (inflected forms generated), optionally needing a
// companion word within a few tokens after it. Hand cues are overrides of the
// PETRARCH2 verb dictionary, kept in data/lexicon/cues.json, each saying why.

export interface CueDef {
  /** Stable id, the rule name relations produced by the cue carry ("cue.020-urge"). */
  id: string;
  /** Why this hand cue overrides or adds to the PETRARCH2 dictionary. */
  why: string;
  head: string[]; // lemmas; a trailing "+" generates inflections
  near?: string[]; // one of these (lemmas, "+" inflects) must follow within `window` tokens
  window?: number;
  /** The companion word must come before these ("deliver blows to the Russian military" is no aid). */
  stop?: string[];
  code: string;
  noun?: boolean;
  /** Intent markers before a material cue ("will provide aid") turn it into this code. */
  intent?: string;
  /** Used as a noun, the cue is only an act when one of these governs it ("reaffirmed our support"). */
  governors?: string[];
  /** Negated, the cue states this code instead of nothing ("does not recognise" rejects). */
  negated?: string;
  /** The cue is an act only when negated ("has no legitimacy"). */
  onlyNegated?: boolean;
  /** Both sides act on each other ("exchanged fire", "clashed"); false: one way even for a consultation code ("invites"). */
  mutual?: boolean;
  /** The cue does not count right after one of these words ("joint military drills" is cooperation). */
  notAfter?: string[];
  /** A target must follow this preposition: "discussed Ukraine" names a topic, "discussed … with Japan" a partner. */
  partner?: string;
  /** With `partner`: a direct object is a partner too ("consults its allies"), a state after "on", "about" is a topic. */
  objectPartner?: boolean;
  /** The actor before the cue is its target, the clause's first actor its source ("said X has no legitimacy"). */
  patientFirst?: boolean;
  /** Sentences written for the cue and the "SOURCE ROOT TARGET" triples each must give: its generated tests. */
  examples?: { text: string; expect: string[] }[];
}
