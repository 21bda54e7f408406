// Response shapes for the OpenAPI document; loose where a payload mirrors graph properties.
const obj = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({
  type: 'object',
  properties,
  required,
});
const list = (items: unknown = { type: 'object' }) => ({ type: 'array', items });
const nullable = (type: string) => ({ type: [type, 'null'] });

const evidence = obj(
  {
    source: { type: 'string' },
    title: nullable('string'),
    sentence: nullable('string'),
    start: nullable('integer'),
    end: nullable('integer'),
    line: nullable('integer'),
  },
  ['source'],
);

export const responseSchemas: Record<string, unknown> = {
  Error: obj({ error: obj({ code: { type: 'string' }, message: { type: 'string' } }) }),
  Object: { type: 'object' },
  Evidence: evidence,
  Page: obj({
    items: list(),
    nextCursor: { ...nullable('string'), description: 'pass as cursor for the next page; null on the last' },
  }),
  SearchResult: obj({
    items: list(
      obj({
        uid: { type: 'string' },
        kind: { type: 'string' },
        key: { type: 'string' },
        name: { type: 'string' },
        score: { type: 'number' },
        detail: nullable('string'),
      }),
    ),
  }),
  StateDetail: obj({
    state: { type: 'object' },
    currentLeaders: list(),
    leaders: list(),
    borders: list(),
    memberships: list(),
    organizations: list(),
  }),
  Dyad: obj({
    a: { type: 'object' },
    b: { type: 'object' },
    summary: { type: 'object' },
    months: list(),
    events: { $ref: '#/components/schemas/Page' },
    messages: list(),
    sanctions: list(),
  }),
  Graph: {
    description: "graphology's serialized graph (Graph.from(json))",
    ...obj({
      attributes: { type: 'object' },
      options: obj({ type: { const: 'directed' }, multi: { const: true }, allowSelfLoops: { type: 'boolean' } }),
      nodes: list(obj({ key: { type: 'string' }, attributes: { type: 'object' } })),
      edges: list(
        obj({
          key: { type: 'string' },
          source: { type: 'string' },
          target: { type: 'string' },
          attributes: { type: 'object' },
        }),
      ),
    }),
  },
  PathResult: obj({
    from: { type: 'string' },
    to: { type: 'string' },
    length: nullable('integer'),
    paths: list(),
    graph: { oneOf: [{ $ref: '#/components/schemas/Graph' }, { type: 'null' }] },
  }),
  CypherResult: obj({
    columns: list({ type: 'string' }),
    rows: list({ type: 'array' }),
    rowCount: { type: 'integer' },
    capped: { type: 'boolean', description: 'true when the row cap cut the result' },
    rowCap: { type: 'integer' },
    ms: { type: 'integer' },
    graph: { oneOf: [{ $ref: '#/components/schemas/Graph' }, { type: 'null' }] },
  }),
  Stats: obj({
    nodes: { type: 'object', additionalProperties: { type: 'integer' } },
    relationships: { type: 'object', additionalProperties: { type: 'integer' } },
  }),
};
