import graphology from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import fa2Module from 'graphology-layout-forceatlas2';
import fa2WorkerModule from 'graphology-layout-forceatlas2/worker.js';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';

// These packages are CommonJS: at run time (Vite, or Node under jest) a default import is module.exports itself,
// while TypeScript under NodeNext types it as the module object; this is the one place that reconciles the two.
const interop = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;

export const Graph = interop<typeof import('graphology').default>(graphology);
export const louvain = interop<typeof louvainModule.default>(louvainModule);
export const forceAtlas2 = interop<typeof fa2Module.default>(fa2Module);
export const pagerank = interop<typeof pagerankModule.default>(pagerankModule);
export const betweenness = interop<typeof betweennessModule.default>(betweennessModule);
export const FA2Layout = interop<typeof fa2WorkerModule.default>(fa2WorkerModule);
export type { AbstractGraph as GraphInstance } from 'graphology-types';
