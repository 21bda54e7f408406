import { asObject, asString, asText, asTexts } from '../api/json.ts';

/** A sentence a user can act on, from the API's error (or its absence). */
export function plainCypherError(status: number, body: unknown): string {
  const err = asObject(asObject(body).error);
  const message = asString(err.message) ?? '';
  if (status === 429) return 'Too many queries in a short time. Wait a moment and run it again.';
  if (status === 503) return 'The database is not reachable right now. Try again in a few seconds.';
  if (status === 413) return 'The query is too long.';
  if (err.code === 'query_refused') return `This console only reads the graph: ${message}`;
  if (err.code === 'query_too_large') return `The query needs too much memory: ${message}.`;
  if (status === 504 || err.code === 'query_timeout' || /timeout|timed out|terminated/i.test(message))
    return `The query took too long and was stopped. Add a LIMIT or a narrower MATCH. (${message})`;
  if (err.code === 'cypher_error' || err.code === 'invalid_query') return `Neo4j could not read the query: ${message}`;
  if (status === 400) return `The request was refused: ${message || 'it is not valid'}`;
  if (status === 0) return 'The server did not answer. Check that StateGraph is running.';
  return `The query failed (${status}): ${message || 'no details'}`;
}

/** Query parameters typed as JSON; blank means none. */
export function parseParams(
  text: string,
): { ok: true; params: Record<string, unknown> } | { ok: false; error: string } {
  if (text.trim() === '') return { ok: true, params: {} };
  try {
    const v: unknown = JSON.parse(text);
    if (v === null || typeof v !== 'object' || Array.isArray(v))
      return { ok: false, error: 'Parameters must be a JSON object, such as {"code": "PRK"}.' };
    return { ok: true, params: v as Record<string, unknown> };
  } catch (e) {
    return { ok: false, error: `Parameters are not valid JSON: ${(e as Error).message}` };
  }
}

/** A table cell: nodes by their name and labels, relationships by type, other values as short JSON. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return asText(v) ?? '';
  const o = asObject(v);
  const props = asObject(o.properties);
  if (Array.isArray(o.labels))
    return `(${asTexts(o.labels)
      .filter((l) => l !== 'Entity')
      .join(':')} ${asText(props.name ?? props.code ?? props.key ?? props.id) ?? ''})`.replace(' )', ')');
  if (typeof o.type === 'string' && 'start' in o && 'end' in o) {
    const shown = Object.entries(props)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
    return shown.length ? `[:${o.type} {${shown.join(', ')}}]` : `[:${o.type}]`;
  }
  const json = JSON.stringify(v);
  return json.length > 200 ? `${json.slice(0, 199)}…` : json;
}
