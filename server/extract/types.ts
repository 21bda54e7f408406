// Shapes of the extraction pipeline's input and output. Shared graph records
// (ActorRef, MessageRecord, LeaderRole, …) come from server/model/types.ts.
import type { ActorRef, LeaderRole, MessageRecord, NodeKind, OfficeRole } from '../model/types.ts';

/** One document as read from a .txt/.md/.html/.jsonl file. */
export interface DocumentInput {
  id?: string;
  title?: string;
  text: string;
  date?: string | null; // YYYY-MM-DD (anything chrono can read is accepted)
  publisher?: string;
  url?: string;
  /** Who speaks in the first person ("I", "we"), e.g. "Joe Biden" for a presidential statement. */
  speaker?: string;
  licence?: string;
}

export interface DocumentMeta {
  id: string;
  title: string | null;
  date: string | null;
  publisher: string | null;
  url: string | null;
  speaker: string | null;
  hash: string; // sha256 of the normalised text
  length: number; // characters of `text`
  text: string; // normalised text; every offset below points into it
}

export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  text: string;
}

export interface Evidence {
  sentence: string;
  start: number;
  end: number;
}

export interface Entity {
  kind: Exclude<NodeKind, 'Sanction' | 'Actor'>;
  key: string;
  name: string;
  state?: string;
  mentions: Mention[];
}

export interface Relation {
  source: ActorRef;
  target: ActorRef;
  cameo: string;
  label: string;
  root: string;
  quad: 1 | 2 | 3 | 4;
  goldstein: number;
  date: string | null;
  /** The person or body behind a state-level actor, e.g. Kim Jong-un behind PRK. */
  via?: { source?: ActorRef; target?: ActorRef };
  cue: string;
  /** Id of the rule that produced the relation (see server/extract/rules/registry.ts). */
  rule: string;
  evidence: Evidence;
}

export interface ExtractedMessage extends Omit<
  MessageRecord,
  'provenance' | 'occasion' | 'date' | 'reportedBy' | 'inReplyTo'
> {
  occasion: string | null;
  date: string | null;
  reportedBy: ActorRef[];
  inReplyTo: string | null;
  /** Every message this one answers (inReplyTo is the first of them). */
  repliesTo: string[];
  evidence: Evidence[];
}

export interface ExtractedSanction {
  key: string; // e.g. "UNSCR-2270"
  name: string;
  resolution: number | null;
  year: number | null;
  regime: string | null; // e.g. "UN-SC1718"
  imposer: ActorRef | null;
  target: ActorRef | null;
  measures: string[];
  measuresText: string | null;
  approvedBy: ActorRef[];
  evidence: Evidence[];
}

export interface NamedEvent {
  key: string;
  name: string;
  host: ActorRef | null;
  date: string | null;
  evidence: Evidence;
}

export type WarningCode =
  | 'unresolved_person'
  | 'non_english'
  | 'no_sentences'
  | 'truncated_sentence'
  | 'no_date'
  | 'skipped_negated'
  | 'skipped_hedged'
  | 'html_stripped';

export interface ExtractWarning {
  code: WarningCode;
  message: string;
  start?: number;
  end?: number;
}

/** A cue a veto rule dropped: which rule, which cue (and the rule that found it), in which sentence. */
export interface Veto {
  rule: string;
  cue: string;
  cueRule: string;
  start: number;
  end: number;
}

export interface Extraction {
  document: DocumentMeta;
  entities: Entity[];
  relations: Relation[];
  messages: ExtractedMessage[];
  sanctions: ExtractedSanction[];
  events: NamedEvent[];
  warnings: ExtractWarning[];
  /** Candidate relations the veto rules dropped (at most 500 a document). */
  vetoes: Veto[];
}

/** One period a leader held an office, flattened from LeaderRecord + LeadsRecord. */
export interface LeaderSpan {
  key: string;
  name: string;
  aliases: string[];
  state: string;
  /** a LEADS role, or another office of the state (people/office-leader-spans.ts) */
  role: LeaderRole | OfficeRole;
  title: string;
  start: string | null;
  end: string | null;
}
