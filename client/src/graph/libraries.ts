import graphology from 'graphology';

// These packages are CommonJS: at run time (Vite, or Node under jest) a default import is module.exports itself,
// while TypeScript under NodeNext types it as the module object; this is the one place that reconciles the two.
export const interop = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;

export const Graph: typeof import('graphology').default = interop(graphology);
// Louvain, the centralities and ForceAtlas2 are in analysis-libraries.ts, a chunk of its own (see load-analysis.ts).
export type { AbstractGraph as GraphInstance } from 'graphology-types';
