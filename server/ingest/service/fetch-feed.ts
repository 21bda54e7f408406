import { FeedFetchError } from './errors.ts';

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchOutcome = { status: 'not-modified' } | { status: 'ok'; body: string; validators: Validators };

/** Reads a body up to a size cap, so a feed that never ends cannot fill memory. */
async function readCapped(res: Response, maxBytes: number, url: string): Promise<string> {
  // Node's fetch types its body's chunks as `any`; they are bytes, and checked to be.
  const reader: ReadableStreamDefaultReader<unknown> | undefined = res.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) throw new FeedFetchError(`${url}: the body is not a byte stream`);
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FeedFetchError(`${url}: feed larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * One conditional GET: the validators of the last good fetch go out as If-None-Match and If-Modified-Since,
 * and a 304 means nothing changed. Anything but 200/304, a timeout or a network error is a FeedFetchError.
 */
export async function fetchFeed(
  url: string,
  last: Validators,
  opts: { timeoutMs: number; maxBytes: number },
): Promise<FetchOutcome> {
  const headers: Record<string, string> = {
    accept:
      'application/rss+xml, application/atom+xml, application/feed+json, application/json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
    'user-agent': 'StateGraph-ingest/0.1',
  };
  if (last.etag) headers['if-none-match'] = last.etag;
  if (last.lastModified) headers['if-modified-since'] = last.lastModified;
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let res: Response;
  try {
    res = await fetch(url, { headers, signal, redirect: 'follow' });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    if (err.name === 'TimeoutError' || signal.aborted)
      throw new FeedFetchError(`${url}: no answer within ${opts.timeoutMs} ms`);
    throw new FeedFetchError(`${url}: ${err.cause?.code ?? err.message}`);
  }
  if (res.status === 304) {
    await res.body?.cancel();
    return { status: 'not-modified' };
  }
  if (res.status !== 200) {
    await res.body?.cancel();
    throw new FeedFetchError(`${url}: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  }
  let body: string;
  try {
    body = await readCapped(res, opts.maxBytes, url);
  } catch (e) {
    if (e instanceof FeedFetchError) throw e;
    if (signal.aborted) throw new FeedFetchError(`${url}: no answer within ${opts.timeoutMs} ms`);
    throw new FeedFetchError(`${url}: ${(e as Error).message}`);
  }
  return {
    status: 'ok',
    body,
    validators: { etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') },
  };
}
