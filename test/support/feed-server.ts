import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { projectRoot } from '../../server/config/paths.ts';

const FIXTURES = path.join(projectRoot, 'test', 'fixtures', 'feeds');

export interface FeedServer {
  url(name: string): string;
  /** Requests per path, and how many of them were answered 304. */
  hits: Map<string, { total: number; notModified: number }>;
  /** Replaces what a path serves (content type from the extension). */
  set(name: string, body: string): void;
  close(): Promise<void>;
}

/**
 * Serves the fixture feeds on 127.0.0.1 with ETag and Last-Modified, honouring conditional GETs.
 * /slow.xml answers after `slowMs`; /missing.xml is a 404.
 */
export async function startFeedServer(opts: { slowMs?: number } = {}): Promise<FeedServer> {
  const bodies = new Map<string, string>();
  const hits = new Map<string, { total: number; notModified: number }>();
  const lastModified = new Date('2031-03-08T12:00:00Z').toUTCString();
  const server = http.createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0]!.slice(1);
    const h = hits.get(name) ?? { total: 0, notModified: 0 };
    h.total++;
    hits.set(name, h);
    const file = name === 'slow.xml' ? 'rss.xml' : name;
    let body = bodies.get(name);
    if (body === undefined) {
      try {
        body = readFileSync(path.join(FIXTURES, path.basename(file)), 'utf8');
      } catch {
        res.writeHead(404).end('not found');
        return;
      }
    }
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 12)}"`;
    if (req.headers['if-none-match'] === etag) {
      h.notModified++;
      res.writeHead(304, { etag }).end();
      return;
    }
    const type = file.endsWith('.json') ? 'application/feed+json' : 'application/xml';
    const send = () => res.writeHead(200, { 'content-type': type, etag, 'last-modified': lastModified }).end(body);
    if (name === 'slow.xml') setTimeout(send, opts.slowMs ?? 3000).unref();
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (name) => `http://127.0.0.1:${port}/${name}`,
    hits,
    set: (name, body) => bodies.set(name, body),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
