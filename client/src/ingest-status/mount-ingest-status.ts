import { describeIngestStatus, type IngestJobView, type IngestSourceView } from './describe-ingest-status.ts';

/**
 * A small ingest status in the header, read from GET /api/ingest/jobs and /api/ingest/sources every `everyMs`.
 * It hides itself when the API does not answer, so the page works against a server without the service.
 */
export function mountIngestStatus(parent: HTMLElement, everyMs = 15_000): () => void {
  const el = document.createElement('p');
  el.id = 'ingest-status';
  el.className = 'ingest-status';
  el.setAttribute('role', 'status');
  el.hidden = true;
  parent.append(el);
  const read = async <T>(path: string): Promise<T> => {
    const res = await fetch(path, { headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return ((await res.json()) as { items: T }).items;
  };
  const refresh = async () => {
    try {
      const [jobs, sources] = await Promise.all([
        read<IngestJobView[]>('/api/ingest/jobs?limit=20'),
        read<IngestSourceView[]>('/api/ingest/sources'),
      ]);
      const s = describeIngestStatus(jobs, sources);
      el.textContent = s.text;
      el.title = s.title;
      el.dataset.failing = String(s.failing);
      el.hidden = false;
    } catch {
      el.hidden = true;
    }
  };
  void refresh();
  const timer = setInterval(() => void refresh(), everyMs);
  return () => clearInterval(timer);
}
