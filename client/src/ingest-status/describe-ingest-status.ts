export interface IngestJobView {
  label: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  done: number;
  total: number;
  lastError?: string | null;
  finishedAt?: string | null;
}

export interface IngestSourceView {
  id: string;
  kind: string;
  state: string;
  lastError?: string | null;
}

/** One line for the header ("Ingest: 3 feeds, 1 failing · 1 running 4/10") and a tooltip with the details. */
export function describeIngestStatus(
  jobs: IngestJobView[],
  sources: IngestSourceView[],
): { text: string; title: string; failing: boolean } {
  const feeds = sources.filter((s) => s.kind === 'feed');
  const failingFeeds = feeds.filter((s) => s.state === 'failing');
  const running = jobs.filter((j) => j.state === 'running');
  const queued = jobs.filter((j) => j.state === 'queued').length;
  const parts = [
    `${feeds.length} feed${feeds.length === 1 ? '' : 's'}${failingFeeds.length ? `, ${failingFeeds.length} failing` : ''}`,
  ];
  for (const j of running) parts.push(`running ${j.total > 0 ? `${j.done}/${j.total}` : j.label}`);
  if (queued) parts.push(`${queued} queued`);
  const last = jobs.find((j) => j.state === 'done' || j.state === 'failed');
  if (last && running.length === 0) parts.push(`last ${last.state === 'failed' ? 'failed' : 'done'}: ${last.label}`);
  const title = [
    ...failingFeeds.map((s) => `${s.id}: ${s.lastError ?? 'failing'}`),
    ...jobs
      .filter((j) => j.state === 'failed')
      .slice(0, 3)
      .map((j) => `${j.label}: ${j.lastError ?? 'failed'}`),
  ].join('\n');
  return { text: `Ingest: ${parts.join(' · ')}`, title, failing: failingFeeds.length > 0 || last?.state === 'failed' };
}
