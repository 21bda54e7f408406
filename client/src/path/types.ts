/** The two ends the user chose and the path found between them on the drawn graph. */
export interface PathChoice {
  from: string | null;
  to: string | null;
}

export interface FoundPath {
  nodes: string[];
  edges: string[];
}
