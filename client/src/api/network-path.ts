/**
 * The state network's request: the start view's URL (the one index.html preloads) when no period or corroboration
 * threshold is set; a threshold asks the server to count DYADs over events that many independent outlets report.
 */
export function networkPath(since: string | null, until: string | null, minOutlets: number): string {
  const p = new URLSearchParams({ types: 'DYAD,MESSAGE,SANCTION,BORDERS' });
  if (since) p.set('since', since);
  if (until) p.set('until', until);
  p.set('limit', '10000');
  if (minOutlets > 0) {
    p.set('minSources', String(minOutlets));
    p.set('independentOnly', 'true');
  }
  return `/api/graph?${p.toString()}`;
}
