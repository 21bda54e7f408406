import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import graphology from 'graphology';
import { useApiOnWorld } from './api-test-app.ts';

// graphology is CommonJS: its default import is the Graph class itself at run time.
const Graph = graphology as unknown as typeof import('graphology').default;

const { db, app } = useApiOnWorld();

describe('GET /api/path', () => {
  it('finds a path from the United States to North Korea', async () => {
    const res = await request(app()).get('/api/path').query({ from: 'USA', to: 'PRK' }).expect(200);
    expect(res.body.length).toBeGreaterThanOrEqual(1);
    const path = res.body.paths[0];
    expect(path.nodes[0]).toBe('State:USA');
    expect(path.nodes.at(-1)).toBe('State:PRK');
    const g = Graph.from(res.body.graph);
    expect(g.hasNode('State:USA') && g.hasNode('State:PRK')).toBe(true);
  });

  it('walks the relation network only, and names each step with its kind and the edge key the state network uses', async () => {
    const res = await request(app())
      .get('/api/path')
      .query({ from: 'Leader:kim-jong-un', to: 'State:USA' })
      .expect(200);
    const network = await request(app())
      .get('/api/graph')
      .query({ types: 'DYAD,MESSAGE,SANCTION,BORDERS', limit: 10_000 })
      .expect(200);
    const networkEdges = new Set((network.body.edges as { key: string }[]).map((e) => e.key));
    const pathGraph = Graph.from(res.body.graph);
    expect(res.body.paths.length).toBeGreaterThan(0);
    for (const p of res.body.paths as {
      nodes: string[];
      types: string[];
      steps: { from: string; to: string; kind: string; edge: string }[];
    }[]) {
      expect(p.steps.map((s) => s.kind)).toEqual(p.types);
      expect(p.steps.map((s) => s.from)).toEqual(p.nodes.slice(0, -1));
      expect(p.steps.map((s) => s.to)).toEqual(p.nodes.slice(1));
      for (const s of p.steps) {
        expect(['INITIATED', 'DIRECTED_AT', 'SENT', 'ADDRESSED_TO']).not.toContain(s.kind);
        expect(pathGraph.hasEdge(s.edge)).toBe(true);
        if (s.kind === 'DYAD') {
          expect(s.edge).toMatch(/^DYAD:[A-Z]{3}-[A-Z]{3}$/);
          expect(networkEdges.has(s.edge)).toBe(true);
        }
      }
    }
    const kinds = (res.body.paths as { types: string[] }[]).flatMap((p) => p.types);
    expect(kinds).toContain('LEADS');
  }, 60_000);

  it('connects two leaders, through their states or what passed between them', async () => {
    const res = await request(app())
      .get('/api/path')
      .query({ from: 'Leader:kim-jong-un', to: 'Leader:barack-obama' })
      .expect(200);
    expect(res.body.length).toBeLessThanOrEqual(3);
    for (const p of res.body.paths) {
      expect(p.nodes[0]).toBe('Leader:kim-jong-un');
      expect(p.nodes.at(-1)).toBe('Leader:barack-obama');
      expect(p.edges).toHaveLength(p.length);
    }
  });

  it('returns no path when none is within maxHops', async () => {
    const res = await request(app())
      .get('/api/path')
      .query({ from: 'Leader:kim-jong-un', to: 'Leader:barack-obama', maxHops: 1 })
      .expect(200);
    expect(res.body.paths).toEqual([]);
    expect(res.body.length).toBeNull();
  });

  it('an unknown end is a 404 naming it; a bad maxHops a 400', async () => {
    const res = await request(app()).get('/api/path').query({ from: 'USA', to: 'Leader:nobody' }).expect(404);
    expect(res.body.error.message).toContain('Leader:nobody');
    await request(app()).get('/api/path').query({ from: 'USA', to: 'PRK', maxHops: 99 }).expect(400);
  });
});

describe('GET /api/graph', () => {
  it("without focus is the state network in graphology's JSON, with coordinates and degree", async () => {
    const res = await request(app()).get('/api/graph').expect(200);
    expect(res.body.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: true });
    const g = Graph.from(res.body);
    expect(g.filterNodes((_k, a) => a.kind === 'State')).toHaveLength(250);
    expect(g.getNodeAttributes('State:PRK')).toMatchObject({ label: 'North Korea', lat: 40, lon: 127 });
    expect(g.getNodeAttribute('State:CHN', 'degree')).toBeGreaterThan(50);
    const dyad = g.getEdgeAttributes('DYAD:CHN-PRK');
    expect(dyad).toMatchObject({ type: 'DYAD', count: expect.any(Number), first: expect.any(String) });
    expect(dyad.quad1 + dyad.quad2 + dyad.quad3 + dyad.quad4).toBe(dyad.count);
    expect(g.hasNode('Organization:UNSC')).toBe(true);
    expect(g.outEdges('Organization:UNSC', 'State:PRK').length).toBeGreaterThan(0);
  });

  it('recounts the network from the events of a period', async () => {
    const all = Graph.from((await request(app()).get('/api/graph').query({ types: 'DYAD' }).expect(200)).body);
    const y2014 = Graph.from(
      (await request(app()).get('/api/graph').query({ types: 'DYAD', since: '2014', until: '2014' }).expect(200)).body,
    );
    expect(y2014.size).toBeGreaterThan(0);
    expect(y2014.size).toBeLessThan(all.size);
    y2014.forEachEdge((_e, a) => {
      expect(a.first >= '2014-01-01' && a.last <= '2014-12-31').toBe(true);
    });
  });

  it("a period's network, summed from whole months and counted at its partial ends, equals its events counted directly", async () => {
    const res = await request(app())
      .get('/api/graph')
      .query({ types: 'DYAD', since: '2010-03-15', until: '2011-02-10', limit: 10_000 })
      .expect(200);
    const api = Object.fromEntries(
      (res.body.edges as { key: string; attributes: Record<string, unknown> }[]).map((e) => {
        const { count, quad1, quad2, quad3, quad4, first, last } = e.attributes;
        return [e.key, { count, quad1, quad2, quad3, quad4, first, last }];
      }),
    );
    const direct = await db().read<{ k: string; d: Record<string, unknown> }>(
      `MATCH (e:Event) WHERE e.date >= '2010-03-15' AND e.date <= '2011-02-10' AND e.actorState <> e.targetState
       MATCH (:State {code: e.actorState}) MATCH (:State {code: e.targetState})
       WITH e.actorState AS a, e.targetState AS b, collect(e) AS es
       RETURN 'DYAD:' + a + '-' + b AS k, {count: size(es), quad1: size([x IN es WHERE x.quad = 1]), quad2: size([x IN es WHERE x.quad = 2]),
         quad3: size([x IN es WHERE x.quad = 3]), quad4: size([x IN es WHERE x.quad = 4]),
         first: reduce(m = '9', x IN es | CASE WHEN x.date < m THEN x.date ELSE m END),
         last: reduce(m = '', x IN es | CASE WHEN x.date > m THEN x.date ELSE m END)} AS d`,
    );
    expect(direct.length).toBeGreaterThan(100);
    expect(api).toEqual(Object.fromEntries(direct.map((r) => [r.k, r.d])));
  }, 60_000);

  it('with focus is the neighbourhood of a node, capped at limit', async () => {
    const res = await request(app())
      .get('/api/graph')
      .query({ focus: 'PRK', types: 'BORDERS,LEADS', limit: 500 })
      .expect(200);
    const g = Graph.from(res.body);
    expect(res.body.attributes).toMatchObject({ view: 'neighbourhood', focus: 'State:PRK', capped: false });
    expect(g.neighbors('State:PRK')).toEqual(
      expect.arrayContaining(['State:CHN', 'State:KOR', 'State:RUS', 'Leader:kim-jong-un']),
    );
    g.forEachEdge((_e, a) => expect(['BORDERS', 'LEADS']).toContain(a.type));
    const capped = await request(app()).get('/api/graph').query({ focus: 'CHN', depth: 2, limit: 25 }).expect(200);
    expect(capped.body.edges.length).toBeLessThanOrEqual(25);
    expect(capped.body.attributes.capped).toBe(true);
  });

  it('capped, the neighbourhood keeps the strongest relations', async () => {
    const counts = async (limit: number) => {
      const res = await request(app()).get('/api/graph').query({ focus: 'CHN', types: 'DYAD', limit }).expect(200);
      return (res.body.edges as { attributes: { count: number } }[]).map((e) => e.attributes.count);
    };
    const all = (await counts(10_000)).sort((x, y) => y - x);
    expect(all.length).toBeGreaterThan(20);
    const top = (await counts(8)).sort((x, y) => y - x);
    expect(top).toEqual(all.slice(0, 8));
  });

  it('an unknown type is a 400 listing the known ones; an unknown focus a 404', async () => {
    const res = await request(app()).get('/api/graph').query({ types: 'DYAD,DROP_ALL' }).expect(400);
    expect(res.body.error.message).toMatch(/DROP_ALL.*known/);
    await request(app()).get('/api/graph').query({ focus: 'Leader:nobody' }).expect(404);
  });
});
