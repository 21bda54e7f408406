/** graphology's serialized graph (`graph.export()` / `Graph.from(json)`), the shape the web page draws. */
export interface GraphJson {
  attributes: Record<string, unknown>;
  options: { type: 'directed'; multi: true; allowSelfLoops: true };
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}

export interface GraphBuilder {
  addNode(key: string, attributes: Record<string, unknown>): void;
  addEdge(key: string, source: string, target: string, attributes: Record<string, unknown>): void;
  hasNode(key: string): boolean;
  readonly nodeCount: number;
  readonly edgeCount: number;
  toJSON(attributes?: Record<string, unknown>): GraphJson;
}

/**
 * Collects nodes and edges once each (a node seen twice keeps the union of its attributes);
 * edges whose ends never arrived are dropped, so the result always loads with `Graph.from`.
 */
export function graphBuilder(): GraphBuilder {
  const nodes = new Map<string, Record<string, unknown>>();
  const edges = new Map<string, { source: string; target: string; attributes: Record<string, unknown> }>();
  return {
    addNode(key, attributes) {
      nodes.set(key, { ...nodes.get(key), ...attributes });
    },
    addEdge(key, source, target, attributes) {
      if (!edges.has(key)) edges.set(key, { source, target, attributes });
    },
    hasNode: (key) => nodes.has(key),
    get nodeCount() {
      return nodes.size;
    },
    get edgeCount() {
      return edges.size;
    },
    toJSON(attributes = {}) {
      return {
        attributes,
        options: { type: 'directed', multi: true, allowSelfLoops: true },
        nodes: [...nodes].map(([key, a]) => ({ key, attributes: a })),
        edges: [...edges]
          .filter(([, e]) => nodes.has(e.source) && nodes.has(e.target))
          .map(([key, e]) => ({ key, ...e })),
      };
    },
  };
}
