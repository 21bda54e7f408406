import type { z } from 'zod';
import type { Config } from '../config/load-config.ts';
import type { Database } from '../neo4j/database.ts';

export interface RouteContext {
  db: Database;
  config: Config;
}

type Shape = z.ZodObject<z.ZodRawShape>;
type In<S> = S extends z.ZodType ? z.output<S> : Record<string, never>;

/** One route: what it takes (validated by zod), what it says in the OpenAPI document, and the one use-case it calls. */
export interface RouteDef<P extends Shape | undefined = undefined, Q extends Shape | undefined = undefined, B extends Shape | undefined = undefined> {
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
  rateLimit?: 'cypher' | 'ingest';
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
export function route<P extends Shape | undefined = undefined, Q extends Shape | undefined = undefined, B extends Shape | undefined = undefined>(
  def: RouteDef<P, Q, B>,
): AnyRoute {
  return def as unknown as AnyRoute;
}
