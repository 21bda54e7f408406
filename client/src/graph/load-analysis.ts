type AnalysisLibraries = typeof import('./analysis-libraries.ts');

let loaded: AnalysisLibraries | null = null;
let loading: Promise<AnalysisLibraries> | null = null;

/** Loads the analysis chunk (Louvain, PageRank, betweenness, ForceAtlas2) once; later calls share the same promise. */
export function loadAnalysis(): Promise<AnalysisLibraries> {
  loading ??= import('./analysis-libraries.ts').then((m) => (loaded = m));
  return loading;
}

/** Whether the analysis chunk is there, so that the synchronous pipeline may use it. */
export const analysisLoaded = (): boolean => loaded !== null;

/** The analysis libraries, which the caller made sure are loaded (await loadAnalysis() first). */
export function analysis(): AnalysisLibraries {
  if (!loaded) throw new Error('the analysis libraries are not loaded yet: await loadAnalysis() first');
  return loaded;
}
