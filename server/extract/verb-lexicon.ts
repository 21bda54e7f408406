// A compact CAMEO cue lexicon, vocabulary after PETRARCH2's CAMEO.2.0 verb
// dictionary (MIT). A cue is a head word (inflected forms generated), optionally
// needing a companion word within a few tokens after it. `noun` cues take their
// actor from a possessive or demonym before them ("Russia's attack on Ukraine").

export interface CueDef {
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
  /** Both sides act on each other ("exchanged fire", "clashed"). */
  mutual?: boolean;
  /** The cue does not count right after one of these words ("joint military drills" is cooperation). */
  notAfter?: string[];
  /** A target must follow this preposition: "discussed Ukraine" names a topic, "discussed … with Japan" a partner. */
  partner?: string;
  /** The actor before the cue is its target, the clause's first actor its source ("said X has no legitimacy"). */
  patientFirst?: boolean;
}

/** Verbs that make a stance noun an act: "reaffirmed our support", "expressed condemnation". */
const EXPRESS = ['reaffirm+', 'reiterate+', 'express+', 'voice+', 'pledge+', 'declare+', 'offer+', 'show+', 'demonstrate+', 'extend+', 'convey+'];

const MIL = ['weapon+', 'arm', 'arms', 'military', 'security', 'ammunition', 'missile+', 'tank+', 'system+', 'equipment', 'munition+', 'defense', 'defence'];
const AID = ['aid', 'assistance', 'support', 'fund+', 'funding', 'loan+', 'relief', 'help', 'rescuer+', 'rescue', 'humanitarian', 'supplies', 'medical', 'doctors', ...MIL];
/** What a pledge gives when it is itself the aid act ("pledged $8 million in aid"), not a promise of support. */
const PLEDGED_AID = ['aid', 'assistance', 'relief', 'funding', 'fund+', 'loan+', 'humanitarian', 'weapon+', 'arms', 'ammunition', 'million', 'billion'];
const COOP = ['cooperation', 'cooperate', 'co-operation', 'relation+', 'tie+', 'partnership', 'friendship', 'support', 'assist', 'help', 'develop', 'strengthen', 'boost', 'deepen', 'consolidate', 'expand', 'work', 'alliance', 'dialogue', 'peace'];
const SANCTION = ['sanction+', 'embargo+', 'tariff+', 'restriction+', 'penalties', 'measures', 'countermeasures', 'counter-measures', 'export control+', 'ban+', 'cost+', 'consequences'];

export const CUES: CueDef[] = [
  // 02 appeal
  { head: ['urge+', 'appeal+', 'implore+', 'exhort+'], code: '020' },
  { head: ['call+'], near: ['on', 'upon'], window: 1, code: '020' },
  { head: ['encourage+'], code: '020' },
  { head: ['ask+', 'press+'], near: ['to'], window: 3, code: '020' },
  // 03 intent to cooperate ("pledged aid" is the aid itself, 07; "will pledge" stays intent)
  { head: ['pledge+'], near: PLEDGED_AID, window: 6, stop: ['to'], code: '070', intent: '033' },
  { head: ['ready', 'willing', 'prepared', 'determined', 'commit+', 'pledge+', 'vow+', 'promise+', 'intend+', 'resolve+'], near: COOP, window: 8, code: '030' },
  { head: ['will', 'willingness', 'readiness', 'desire', 'intention', 'determination'], near: COOP, window: 6, code: '030' },
  { head: ['offer+'], near: ['help', 'assistance', 'aid', 'support', 'to mediate', 'talks'], window: 4, code: '030' },
  { head: ['agree+'], near: ['to', 'on'], window: 1, code: '030' },
  // 04 consult
  { head: ['meet', 'meets', 'met', 'meeting'], near: ['with'], window: 1, code: '040' },
  { head: ['met'], code: '040' },
  { head: ['held', 'hold+'], near: ['talks', 'consultations', 'meeting', 'summit'], window: 3, code: '040' },
  { head: ['talk+', 'consultation+', 'summit+'], near: ['with'], window: 1, code: '040', noun: true },
  { head: ['consult+', 'confer+'], code: '040' },
  { head: ['discuss+'], code: '040', partner: 'with' },
  { head: ['spoke', 'speak+', 'talked'], near: ['with', 'to'], window: 1, code: '041' },
  { head: ['call', 'calls', 'conversation'], near: ['with'], window: 1, code: '041', noun: true },
  { head: ['phone+', 'telephone+'], near: ['with', 'call'], window: 2, code: '041', noun: true },
  { head: ['visit+', 'trip'], code: '042', noun: true },
  { head: ['travel+'], code: '042' },
  { head: ['arrive+'], near: ['in'], window: 1, code: '042' },
  { head: ['host+'], code: '043' },
  { head: ['welcome+'], near: ['white house', 'kremlin', 'palace', 'state visit', 'official visit', 'elysee', 'downing street', 'oval office', 'our country', 'to washington', 'here'], window: 7, code: '043' },
  { head: ['reach+'], near: ['out'], window: 1, code: '040' },
  { head: ['negotiat+'], code: '046' },
  // 05 diplomatic cooperation
  { head: ['praise+', 'commend+', 'hail+', 'applaud+', 'laud+', 'congratulate+', 'congratulation+', 'congratulatory', 'extol+', 'salute+', 'thank+', 'welcome+'], code: '051' },
  { head: ['endorse+', 'support+', 'back+'], code: '050', intent: '030', noun: true, governors: EXPRESS },
  { head: ['reaffirm+', 'reiterate+'], near: ['support', 'solidarity', 'commitment'], window: 4, code: '050' },
  { head: ['stand+', 'stood'], near: ['with', 'by'], window: 2, code: '051', intent: '030' },
  { head: ['recognize+', 'recognise+'], near: ['independence', 'sovereignty', 'government'], window: 4, code: '054', negated: '120' },
  { head: ['recognize+', 'recognise+', 'acknowledge+'], code: '120', onlyNegated: true },
  { head: ['legitimacy'], code: '120', onlyNegated: true, patientFirst: true },
  { head: ['illegitimate'], code: '120', patientFirst: true },
  { head: ['apologize+', 'apologise+'], code: '055' },
  { head: ['sign+', 'conclude+'], near: ['agreement+', 'treaty', 'treaties', 'accord+', 'deal+', 'pact+', 'memorandum'], window: 4, code: '057' },
  { head: ['accession'], code: '050', noun: true },
  // 06 material cooperation
  { head: ['trade+'], near: ['with'], window: 1, code: '061' },
  { head: ['joint'], near: ['exercise+', 'drill+', 'patrol+'], window: 2, code: '062', noun: true },
  { head: ['share+'], near: ['intelligence', 'information'], window: 3, code: '064' },
  { head: ['extradite+'], code: '063' },
  // 07 aid
  { head: ['provide+', 'deliver+', 'send+', 'sent', 'give+', 'gave', 'supply+', 'donate+', 'transfer+', 'allocate+', 'dispatch+', 'airlift+'], near: AID, window: 8, stop: ['to', 'on', 'against'], code: '070', intent: '033' },
  { head: ['assistance', 'aid'], near: ['to', 'for'], window: 1, code: '070', noun: true, intent: '033' },
  // 08 yield
  { head: ['lift+', 'ease+', 'relax+'], near: SANCTION, window: 4, code: '085' },
  { head: ['withdraw+', 'withdrew', 'pull+'], near: ['troops', 'forces', 'out'], window: 4, code: '087' },
  { head: ['release+', 'free+', 'freed'], near: ['prisoner+', 'detainee+', 'hostage+', 'citizen+'], window: 6, code: '084' },
  // 09 investigate
  { head: ['investigate+', 'investigation', 'probe+'], code: '090' },
  // 10 demand
  { head: ['demand+', 'insist+'], code: '100' },
  // 11 disapprove
  { head: ['condemn+', 'criticize+', 'criticise+', 'denounce+', 'deplore+', 'censure+', 'oppose+', 'decry', 'decries', 'decried'], code: '111' },
  { head: ['condemnation', 'criticism', 'denunciation'], code: '111', noun: true },
  { head: ['protest+'], code: '111' },
  { head: ['hostile', 'hostility'], near: ['policy', 'policies', 'act+', 'force+', 'move+', 'threat+'], window: 3, code: '110' },
  { head: ['accuse+', 'blame+'], code: '112' },
  { head: ['exchange+', 'trade+', 'traded'], near: ['accusation+', 'barbs', 'insults', 'blame', 'recrimination+'], window: 2, code: '112', mutual: true },
  { head: ['accusation+'], code: '112', noun: true },
  { head: ['hold+', 'held'], near: ['accountable', 'responsible'], window: 5, code: '112' },
  // 12 reject
  { head: ['reject+', 'rebuff+', 'dismiss+', 'repudiate+'], code: '120' },
  { head: ['veto+'], code: '129' },
  // 13 threaten
  { head: ['threaten+', 'warn+'], code: '130' },
  { head: ['vow+', 'promise+', 'pledge+'], near: ['revenge', 'retaliation', 'retribution'], window: 3, code: '138' },
  { head: ['ultimatum+'], code: '139', noun: true },
  // 14 protest
  { head: ['protest+', 'demonstrate+', 'rally', 'rallied'], near: ['against'], window: 1, code: '140' },
  // 15 military posture
  { head: ['military', 'naval', 'live-fire', 'air', 'war'], near: ['drill+', 'exercise+', 'maneuver+', 'manoeuvre+', 'game+'], window: 2, code: '150', notAfter: ['joint'] },
  { head: ['mobilize+', 'mobilise+', 'amass+', 'mass', 'massed', 'deploy+', 'station+'], near: ['troop+', 'force+', 'soldier+', 'missile+', 'border'], window: 5, code: '154' },
  { head: ['buildup', 'build-up'], code: '150', noun: true },
  // 16 reduce relations
  { head: ['sanction+'], code: '163', noun: true },
  { head: ['impose+', 'imposition', 'levy+', 'slap+', 'tighten+'], near: SANCTION, window: 6, code: '163' },
  // Other verbs only with an unmistakable sanctions noun: "adopted restrictive measures against X", not "adopted measures".
  { head: ['adopt+', 'introduce+', 'announce+', 'approve+', 'unveil+', 'enact+'], near: ['sanction+', 'restrictive measures', 'embargo+', 'export control+'], window: 4, code: '163' },
  { head: ['impose+'], near: ['on'], window: 1, code: '163' },
  { head: ['embargo+', 'boycott+'], code: '163', noun: true },
  { head: ['bar+', 'ban+', 'prohibit+'], near: ['from'], window: 3, code: '163' },
  { head: ['freeze+', 'froze', 'frozen', 'immobilize+', 'immobilise+', 'block+'], near: ['asset+', 'fund+', 'reserve+'], window: 5, code: '163' },
  { head: ['sever+', 'cut+', 'break+', 'broke'], near: ['ties', 'relations', 'diplomatic'], window: 4, code: '161' },
  { head: ['recall+'], near: ['ambassador+', 'envoy+', 'diplomat+'], window: 3, code: '161' },
  { head: ['close+', 'closure', 'shut+', 'shutter+'], near: ['consulate+', 'embassy', 'embassies', 'mission+'], window: 6, code: '161' },
  { head: ['expel+', 'expulsion'], code: '166' },
  { head: ['suspend+', 'suspension'], near: ['from', 'membership', 'talks', 'relations', 'aid'], window: 4, code: '160' },
  // 17 coerce
  { head: ['seize+', 'confiscate+'], code: '171' },
  { head: ['detain+', 'detention', 'arrest+', 'imprison+'], code: '173' },
  { head: ['deport+'], code: '174' },
  { head: ['repress+', 'crackdown'], code: '175' },
  // 18 assault
  { head: ['hostage+', 'abduct+', 'kidnap+', 'hijack+'], code: '181', noun: true },
  { head: ['torture+'], code: '182' },
  { head: ['assassinate+', 'assassination'], code: '186' },
  { head: ['kill+', 'massacre+', 'murder+'], code: '180' },
  { head: ['inflict+'], near: ['brutality', 'violence', 'atrocities', 'suffering', 'harm', 'casualties', 'terror'], window: 5, code: '180' },
  // 19 fight
  { head: ['defend+', 'defense', 'defence', 'resist+', 'repel+', 'repulse+'], near: ['against', 'from'], window: 6, code: '190' },
  { head: ['repel+', 'repulse+'], code: '190' },
  { head: ['exchange+'], near: ['fire', 'gunfire', 'shots', 'artillery', 'strikes', 'blows'], window: 2, code: '190', mutual: true },
  { head: ['clash', 'clashed', 'clashes', 'clashing', 'skirmish+'], code: '190', mutual: true, noun: true },
  { head: ['attack+', 'assault+', 'aggression', 'war', 'offensive', 'invade+', 'invasion', 'fight+', 'fought', 'brutality'], code: '190', noun: true },
  { head: ['bomb+', 'bombard+', 'bombardment', 'shell+', 'airstrike+', 'strike', 'strikes', 'struck', 'barrage'], code: '195', noun: true },
  { head: ['occupy+', 'occupation', 'annex+', 'annexation'], code: '192', noun: true },
  { head: ['blockade+'], code: '191', noun: true },
  // 20 mass violence
  { head: ['genocide', 'ethnic'], near: ['cleansing', 'against', 'of'], window: 2, code: '202', noun: true },
];
