import type { Quad } from '../graph/types.ts';

/** A run of a document's text, marked when it is the evidence sentence. */
export interface TextSegment {
  text: string;
  marked: boolean;
}

/** One piece of evidence as the API gives it for events, messages and sanctions. */
export interface Evidence {
  sentence: string | null;
  kind: string;
  source: string;
  title?: string | null;
  start: number | null;
  end: number | null;
  line?: number | null;
  /** The document's date, for evidence from an article. */
  date?: string | null;
}

/** One dated row of a dyad's timeline, whatever it came from. */
export interface TimelineItem {
  kind: 'event' | 'message' | 'sanction';
  date: string | null;
  title: string;
  detail: string;
  quad: Quad | null;
  evidence: Evidence[];
  quotes: string[];
  /** How many outlets report it, when the API says. */
  corroboration?: string | null;
}

/** A relation of the selected node as the loaded graph holds it. */
export interface RelationRow {
  other: string;
  otherLabel: string;
  type: string;
  direction: 'out' | 'in';
  count: number | null;
  quad: number | null;
}

/** What the panel can ask the page to do. */
export interface PanelActions {
  openNode(key: string): void;
  openDyad(a: string, b: string): void;
  openSource(id: string, start: number | null, end: number | null): void;
  expand(key: string): void;
  /** Takes back an expansion: the neighbours it brought leave the graph. */
  undoExpand?(key: string): void;
  hide(key: string): void;
  togglePin(key: string): void;
  pathFrom(key: string): void;
  pathTo(key: string): void;
  close(): void;
}

export interface NodeContext {
  key: string;
  attributes: Record<string, unknown> | null;
  relations: RelationRow[];
  pinned: boolean;
  expandedShown: number | null;
  expandedTotal: number | null;
}
