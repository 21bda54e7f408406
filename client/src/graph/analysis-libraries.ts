import louvainModule from 'graphology-communities-louvain';
import fa2Module from 'graphology-layout-forceatlas2';
import fa2WorkerModule from 'graphology-layout-forceatlas2/worker.js';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { interop } from './libraries.ts';

// Communities, centralities and layouts: their own chunk, loaded by load-analysis.ts after the first frame, since
// the start view (coloured by kind, sized by degree, settled after it is drawn) needs none of them to draw.
export const louvain: typeof louvainModule.default = interop(louvainModule);
export const forceAtlas2: typeof fa2Module.default = interop(fa2Module);
export const pagerank: typeof pagerankModule.default = interop(pagerankModule);
export const betweenness: typeof betweennessModule.default = interop(betweennessModule);
export const FA2Layout: typeof fa2WorkerModule.default = interop(fa2WorkerModule);
