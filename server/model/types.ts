// The records every loader produces and every writer consumes. Keys are the
// graph's node keys: ISO 3166 alpha-3 for states, stable slugs elsewhere.

export type NodeKind = 'State' | 'Leader' | 'Organization' | 'Sanction' | 'Actor';

/** A reference to an actor of a relation, message or event. */
export interface ActorRef {
  kind: NodeKind;
  key: string;
  name: string;
}

/** Where a fact came from: a data set file and line, or a document and its offsets. */
export interface Provenance {
  source: string; // Source node key, e.g. "icews:icews_2005-2015_test.txt" or "doc:<sha256>"
  line?: number;
  sentence?: string;
  start?: number;
  end?: number;
}

export interface StateRecord {
  code: string; // ISO alpha-3
  iso2: string;
  numeric?: string;
  cow?: number;
  name: string;
  official: string;
  aliases: string[];
  demonyms: string[];
  capital?: string;
  region: string;
  subregion: string;
  unMember: boolean;
  unObserver: boolean;
  lat?: number;
  lon?: number;
  source: string;
}

export interface BorderRecord {
  a: string;
  b: string;
  source: string;
}

export interface LeaderRecord {
  key: string; // slug of the normalised name, e.g. "kim-jong-un"
  name: string;
  aliases: string[];
  wikidata?: string;
  birthYear?: number;
  gender?: string;
  sources: string[];
  /** leaderKey() of every name the person is known by, the key itself included */
  aliasKeys?: string[];
}

export type LeaderRole = 'effective' | 'head_of_state' | 'head_of_government' | 'foreign_minister';

/** What a person does in an office they hold (HOLDS.role); LEADS keeps the four leader roles. */
export type OfficeRole =
  | 'head_of_state'
  | 'head_of_government'
  | 'deputy'
  | 'minister'
  | 'envoy'
  | 'spokesperson'
  | 'head_of_body'
  | 'legislator'
  | 'judge'
  | 'official';

/** One dated office: (Person)-[:HOLDS]->(State|Organization). */
export interface HoldsRecord {
  person: string; // LeaderRecord.key
  holderKind: 'State' | 'Organization';
  holder: string; // ISO alpha-3 or organization key
  role: OfficeRole;
  office: string; // the title as the source gives it
  portfolio: string | null; // a minister's or deputy's field: foreign_affairs, defence, finance, ...
  postedTo: string | null; // an envoy's posting: ISO alpha-3 or organization key
  start: string | null;
  end: string | null;
  source: string;
}

export interface LeadsRecord {
  leader: string; // LeaderRecord.key
  state: string; // ISO alpha-3
  role: LeaderRole;
  title: string;
  start: string | null; // YYYY-MM-DD
  end: string | null; // null = open or unknown
  source: string;
}

export type OrganizationKind = 'igo' | 'news_agency' | 'newspaper' | 'party' | 'government_body' | 'other';

export interface OrganizationRecord {
  key: string; // e.g. "UNSC", "UN", "EU", "NATO", "GCC", "KCNA"
  name: string;
  aliases: string[];
  kind: OrganizationKind;
  state?: string; // ISO alpha-3 of the state it belongs to, where it has one
  parent?: string; // organization key, e.g. UNSC -> UN
  source: string;
}

export interface SanctionRecord {
  key: string; // e.g. "UN-SC1718", "UNSCR-2270"
  name: string;
  aliases: string[];
  kind: 'regime' | 'resolution';
  issuer?: ActorRef;
  targets: string[]; // ISO alpha-3
  measures: string[];
  regime?: string; // for a resolution: the regime it amends
  year?: number;
  url?: string;
  summary?: string;
  source: string;
}

export interface EventRecord {
  id: string; // stable hash, the same row from two files gives one id
  actor: ActorRef;
  target: ActorRef;
  actorSector?: string; // ICEWS sector, e.g. "Foreign Affairs"
  targetSector?: string;
  cameo: string; // e.g. "036"
  root: string; // "01".."20"
  quad: 1 | 2 | 3 | 4;
  goldstein: number;
  label: string;
  date: string; // YYYY-MM-DD
  provenance: Provenance;
}

export interface MessageRecord {
  id: string;
  sender: ActorRef;
  recipient: ActorRef;
  kind:
    | 'letter'
    | 'congratulatory_message'
    | 'verbal_message'
    | 'reply'
    | 'telephone_call'
    | 'message'
    | 'condolence_message';
  occasion?: string;
  date?: string | null;
  reportedBy?: ActorRef[];
  quotes: string[];
  inReplyTo?: string | null; // MessageRecord.id
  provenance: Provenance;
}

export interface CameoCode {
  code: string;
  label: string;
  root: string;
  rootLabel: string;
  quad: 1 | 2 | 3 | 4;
  goldstein: number;
  icewsLabels: string[];
}
