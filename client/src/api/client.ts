import type { CypherResult } from '../cypher/types.ts';
import type { GraphJson } from '../graph/types.ts';
import { asObject, asString, type JsonObject } from './json.ts';
import { networkPath } from './network-path.ts';
import type { PathAnswer } from '../path/types.ts';
import type { SearchHit } from '../search/types.ts';

/** An API answer that was not 2xx, with the API's own error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(asString(asObject(asObject(body).error).message) ?? `HTTP ${status}`);
  }
}

/** Same-origin requests only: the page talks to no one but its own server. */
async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, null);
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, body);
  return body as T;
}

const query = (params: Record<string, string | number | null | undefined>): string => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

export const api = {
  network: (since: string | null, until: string | null, minOutlets = 0, signal?: AbortSignal) =>
    getJson<GraphJson>(networkPath(since, until, minOutlets), { signal }),
  neighbourhood: (focus: string, since: string | null, until: string | null) =>
    getJson<GraphJson>(`/api/graph${query({ focus, depth: 1, since, until, limit: 1000 })}`),
  search: (q: string, signal?: AbortSignal) =>
    getJson<{ items: SearchHit[] }>(`/api/search${query({ q, limit: 8 })}`, { signal }),
  state: (code: string) => getJson<JsonObject>(`/api/states/${encodeURIComponent(code)}`),
  leader: (key: string) => getJson<JsonObject>(`/api/leaders/${encodeURIComponent(key)}`),
  person: (key: string) => getJson<JsonObject>(`/api/people/${encodeURIComponent(key)}`),
  officials: (code: string, date?: string) =>
    getJson<JsonObject>(`/api/states/${encodeURIComponent(code)}/officials${query({ date })}`),
  organization: (key: string) => getJson<JsonObject>(`/api/organizations/${encodeURIComponent(key)}`),
  sanction: (key: string) => getJson<JsonObject>(`/api/sanctions/${encodeURIComponent(key)}`),
  dyad: (a: string, b: string, since: string | null, until: string | null, cursor?: string) =>
    getJson<JsonObject>(`/api/dyads/${a}/${b}${query({ since, until, limit: 50, cursor })}`),
  source: (id: string) => getJson<JsonObject>(`/api/sources/${encodeURIComponent(id)}${query({ limit: 200 })}`),
  cypher: (q: string, params: Record<string, unknown>, signal?: AbortSignal) =>
    getJson<CypherResult>('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q, params }),
      signal,
    }),
  path: (from: string, to: string) => getJson<PathAnswer>(`/api/path${query({ from, to, limit: 1 })}`),
};
