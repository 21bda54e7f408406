/** One step of a path: from and to as graph node keys, the relationship kind, and the graph edge it runs along. */
export interface PathStep {
  from: string;
  to: string;
  kind: string;
  edge: string | null;
}

/** A path found by `/api/path`: its nodes in order, its steps, and the keys of the dataset edges that draw it. */
export interface FoundPath {
  nodes: string[];
  edges: string[];
  steps: PathStep[];
}

/** The answer of `GET /api/path`: `steps` when the server gives them, else the older parallel lists. */
export interface PathAnswer {
  from: string;
  to: string;
  length: number | null;
  paths: {
    length: number;
    nodes: string[];
    edges?: string[];
    types?: string[];
    steps?: { from: string; to: string; kind: string; edge?: string | null }[];
  }[];
  graph: import('../graph/types.ts').GraphJson | null;
}
