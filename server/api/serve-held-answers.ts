import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Express, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Database } from '../neo4j/database.ts';
import type { GraphVersionCache } from '../use-cases/graph-version-cache.ts';
import { hostName } from './http/host-name.ts';
import { sendPrepared } from './send-prepared.ts';

/** What the full chain sent for a URL whose answer the version cache holds: the key, and the headers to repeat. */
interface Served {
  key: string;
  headers: Record<string, string | string[] | number>;
}

// Headers that belong to one request, not to the answer: never repeated.
const perRequest = new Set(['content-length', 'content-encoding', 'date', 'etag', 'retry-after']);
const maxUrls = 4096;

/**
 * A short way for repeats of answers the version cache holds (the state network, a state's relations, a dyad):
 * the full chain (logging, Host check, security headers, rate limit, validation, routing) costs several times the
 * sending of a held answer, and under a flood of such repeats it queues every other request, /healthz included,
 * behind them. The full chain records, per URL, the cache key it answered with and the headers it set; a later
 * GET or HEAD of the same URL, from an allowed Host and with no CORS Origin to judge, whose answer is still held
 * for the current version of the graph, is answered here with those headers, before Express sees the request.
 * Anything else goes the long way.
 */
export class HeldAnswers {
  private readonly served = new Map<string, Served>();
  private readonly hosts: Set<string>;

  constructor(
    private readonly cache: GraphVersionCache,
    private readonly db: Database,
    allowedHosts: string[],
    private readonly log: Logger,
  ) {
    this.hosts = new Set(allowedHosts.map((h) => h.toLowerCase()));
  }

  /** Called by the full chain as it sends a held answer. */
  remember(req: Request, res: Response, key: string): void {
    if (req.method !== 'GET' || res.getHeader('access-control-allow-origin') !== undefined) return;
    const headers: Served['headers'] = {};
    for (const [name, value] of Object.entries(res.getHeaders()))
      if (value !== undefined && !perRequest.has(name) && !name.startsWith('ratelimit')) headers[name] = value;
    if (this.served.size >= maxUrls && !this.served.has(req.originalUrl)) this.served.clear();
    this.served.set(req.originalUrl, { key, headers });
  }

  /**
   * Answers the request when it repeats a held URL; false when it must go the long way. Runs before Express on the
   * plain Node request, so it reads the Host header itself and leaves forwarded hosts (behind a proxy) to the chain.
   */
  serve(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const served = this.served.get(req.url ?? '');
    if (!served || req.headers.origin !== undefined || req.headers['x-forwarded-host'] !== undefined) return false;
    if (!this.hosts.has(hostName(req.headers.host))) return false;
    const held = this.cache.heldNow(this.db, served.key);
    if (!held) return false;
    const started = process.hrtime.bigint();
    for (const [name, value] of Object.entries(served.headers)) res.setHeader(name, value);
    sendPrepared(req, res, held);
    const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
    // `held` tells these lines from the chain's: the answer was sent before Express.
    this.log.info(
      { method: req.method, url: (req.url ?? '').slice(0, 300), status: res.statusCode, ms, held: true },
      'request',
    );
    return true;
  }

  /** Puts the short way in front of everything the app does, on whatever server or test harness calls it. */
  installBefore(app: Express): void {
    const app_ = app as unknown as { handle(req: IncomingMessage, res: ServerResponse, next?: unknown): void };
    const handle = app_.handle.bind(app);
    app_.handle = (req, res, next) => {
      if (!this.serve(req, res)) handle(req, res, next);
    };
  }
}
