import type { z } from 'zod';
import type { Config } from '../config/load-config.ts';
import type { Database } from '../neo4j/database.ts';
import type { HeldAnswers } from './serve-held-answers.ts';
import type { GraphVersionCache } from '../use-cases/graph-version-cache.ts';

export interface RouteContext {
  /** The fixed routes' view of the database: a deadline per query and a pool of their own. */
  db: Database;
  /** User Cypher's view: a small pool of its own, so user queries never take the fixed routes' connections. */
  cypherDb: Database;
  config: Config;
  graphCache: GraphVersionCache;
  /** Where the chain records the URLs of held answers, for the short way in front of it. */
  heldAnswers?: HeldAnswers;
}

type Shape = z.ZodObject<z.ZodRawShape>;
type In<S> = S extends z.ZodType ? z.output<S> : Record<string, never>;

/** One route: what it takes (validated by zod), what it says in the OpenAPI document, and the one use-case it calls. */
export interface RouteDef<
  P extends Shape | undefined = undefined,
  Q extends Shape | undefined = undefined,
  B extends Shape | undefined = undefined,
> {
  id: string;
  method: 'get' | 'post';
  path: string; // Express syntax, /api/states/:code
  tag: string;
  summary: string;
  description?: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Largest accepted JSON body. */
  bodyLimit?: string;
  auth?: 'token';
  rateLimit?: 'cypher' | 'ingest' | 'expensive';
  /**
   * For answers that change only when the graph does: the key under which the answer is kept until the graph's
   * version changes (null: not kept). Answers held in the cache do not count towards the route's rate limit.
   */
  cacheKey?(input: { params: In<P>; query: In<Q> }): string | null;
  /** Status -> description, besides the errors every route can give. */
  responses: Record<number, string>;
  /** Name of the response schema in components.schemas. */
  returns?: string;
  /** Content type of the success response; JSON unless said. */
  produces?: string;
  handle(input: { params: In<P>; query: In<Q>; body: In<B> }, ctx: RouteContext): Promise<unknown>;
}

export type AnyRoute = RouteDef<Shape | undefined, Shape | undefined, Shape | undefined>;

/** Declares a route with its input types inferred from its schemas. */
export function route<
  P extends Shape | undefined = undefined,
  Q extends Shape | undefined = undefined,
  B extends Shape | undefined = undefined,
>(def: RouteDef<P, Q, B>): AnyRoute {
  return def;
}
