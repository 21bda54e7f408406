import { z } from 'zod';
import type { AnyRoute } from './route-def.ts';
import { responseSchemas } from './response-schemas.ts';

type Json = Record<string, unknown>;

/** Express `/api/states/:code` -> OpenAPI `/api/states/{code}`. */
export const openApiPath = (expressPath: string): string => expressPath.replace(/:([A-Za-z_]+)/g, '{$1}');

const jsonSchema = (s: z.ZodType): Json => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Json;
  return rest;
};

function parameters(r: AnyRoute): Json[] {
  const out: Json[] = [];
  for (const [where, shape] of [
    ['path', r.params],
    ['query', r.query],
  ] as const) {
    if (!shape) continue;
    const schema = jsonSchema(shape) as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, prop] of Object.entries(schema.properties ?? {})) {
      const { description, ...rest } = prop;
      // A whole-number parameter's default is written as its input text ("50"); documented as the number.
      if (rest.type === 'integer' && typeof rest.default === 'string') rest.default = Number(rest.default);
      out.push({
        name,
        in: where,
        required: where === 'path' || (schema.required ?? []).includes(name),
        description,
        schema: rest,
      });
    }
  }
  return out;
}

const errorResponse = (description: string): Json => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

function operation(r: AnyRoute): Json {
  const responses: Json = {};
  for (const [status, description] of Object.entries(r.responses)) {
    const ok = Number(status) < 300;
    responses[status] =
      status === '304'
        ? { description }
        : ok
          ? {
              description,
              content: {
                [r.produces ?? 'application/json']: {
                  schema: r.returns ? { $ref: `#/components/schemas/${r.returns}` } : {},
                },
              },
            }
          : errorResponse(description);
  }
  if (r.params || r.query || r.body) responses['400'] ??= errorResponse('invalid input');
  if (r.body) responses['413'] = errorResponse(`body larger than ${r.bodyLimit ?? '100kb'}`);
  if (r.rateLimit) responses['429'] = errorResponse('too many requests');
  if (r.path.startsWith('/api/') && r.id !== 'openapi' && r.id !== 'docs')
    responses['503'] ??= errorResponse('Neo4j does not answer, or every connection is busy (with Retry-After)');
  responses['500'] = errorResponse('internal error');
  return {
    operationId: r.id,
    tags: [r.tag],
    summary: r.summary,
    ...(r.description ? { description: r.description } : {}),
    parameters: parameters(r),
    ...(r.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body) } } } }
      : {}),
    ...(r.auth ? { security: [{ bearer: [] }] } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of exactly the routes given, so the document and the router cannot drift apart. */
export function openApiDocument(routes: AnyRoute[]): Json {
  const paths: Record<string, Json> = {};
  for (const r of routes) (paths[openApiPath(r.path)] ??= {})[r.method] = operation(r);
  return {
    openapi: '3.1.0',
    info: {
      title: 'StateGraph API',
      version: '0.1.0',
      description:
        'Relations between states: leaders, messages, sanctions and CAMEO-coded events, from a Neo4j knowledge graph. Errors are {"error": {"code", "message"}}.',
    },
    servers: [{ url: '/' }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'STATEGRAPH_API_TOKEN' } },
      schemas: responseSchemas,
    },
  };
}
