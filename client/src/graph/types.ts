/** graphology's serialized graph, as /api/graph and /api/cypher return it; the page's dataset is one of these. */
export interface GraphJson {
  attributes: Record<string, unknown>;
  options?: { type?: string; multi?: boolean; allowSelfLoops?: boolean };
  nodes: JsonNode[];
  edges: JsonEdge[];
}

export interface JsonNode {
  key: string;
  attributes: Record<string, unknown>;
}

export interface JsonEdge {
  key: string;
  source: string;
  target: string;
  attributes: Record<string, unknown>;
}

/** CAMEO quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type Quad = 1 | 2 | 3 | 4;

export interface Point {
  x: number;
  y: number;
}

export type LayoutMode = 'force' | 'geo';
export type ColourMode = 'kind' | 'community' | 'region' | 'quad';
export type SizeMode = 'degree' | 'weighted' | 'pagerank' | 'betweenness';
/** The colour and size modes with the names the toolbar's menus give them, in menu order. */
export const colourModeLabels: Readonly<Record<ColourMode, string>> = {
  kind: 'kind',
  community: 'community',
  region: 'region',
  quad: 'quad class',
};
export const sizeModeLabels: Readonly<Record<SizeMode, string>> = {
  degree: 'degree',
  weighted: 'events',
  pagerank: 'PageRank',
  betweenness: 'betweenness',
};
export const colourModes = Object.keys(colourModeLabels) as ColourMode[];
export const sizeModes = Object.keys(sizeModeLabels) as SizeMode[];

/** Attributes of a node in the graph sigma draws. */
export interface DrawnNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: string;
  degree: number;
  fixed?: boolean;
  forceLabel?: boolean;
  [key: string]: unknown;
}

/** Attributes of an edge in the graph sigma draws. */
export interface DrawnEdgeAttributes {
  size: number;
  color: string;
  type: 'line' | 'arrow' | 'curved' | 'curvedArrow';
  relType: string;
  weight: number;
  quad: Quad | null;
  curvature?: number;
  zIndex: number;
  label?: string;
  [key: string]: unknown;
}
