import graphology from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import fa2Module from 'graphology-layout-forceatlas2';
import fa2WorkerModule from 'graphology-layout-forceatlas2/worker.js';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';

// These packages are CommonJS: at run time (Vite, or Node under jest) a default import is module.exports itself,
// while TypeScript under NodeNext types it as the module object; this is the one place that reconciles the two.
const interop = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;

export const Graph: typeof import('graphology').default = interop(graphology);
export const louvain: typeof louvainModule.default = interop(louvainModule);
export const forceAtlas2: typeof fa2Module.default = interop(fa2Module);
export const pagerank: typeof pagerankModule.default = interop(pagerankModule);
export const betweenness: typeof betweennessModule.default = interop(betweennessModule);
export const FA2Layout: typeof fa2WorkerModule.default = interop(fa2WorkerModule);
export type { AbstractGraph as GraphInstance } from 'graphology-types';
