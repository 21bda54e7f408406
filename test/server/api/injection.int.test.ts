import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { routeTable } from '../../../server/api/route-table.ts';
import { counts } from '../../support/test-db.ts';
import { useApiOnWorld } from './api-test-app.ts';

// Values that would change the query if they were pasted into Cypher or Lucene text.
const payloads = [
  "PRK' OR 1=1 //",
  "x'}) MATCH (n) DETACH DELETE n //",
  '"}]->() DELETE r WITH 1 AS x MATCH (n) RETURN n //',
  '$code',
  '*:*',
  'State:PRK` DETACH DELETE n //',
  '1; CREATE (n:Intruder)',
  '\u0000\u202e',
];

const { db, app } = useApiOnWorld();

const readRoutes = routeTable.filter((r) => r.method === 'get' && (r.params || r.query));

describe('injection through every query and path parameter', () => {
  it.each(readRoutes.map((r) => [r.path, r] as const))(
    '%s treats hostile values as data or refuses them, and writes nothing',
    async (_path, r) => {
      const before = await counts(db());
      const names = [
        ...Object.keys(r.params?.shape ?? {}).map((n) => ['path', n]),
        ...Object.keys(r.query?.shape ?? {}).map((n) => ['query', n]),
      ];
      for (const [where, name] of names) {
        for (const value of payloads) {
          const pathParams = Object.fromEntries(
            Object.keys(r.params?.shape ?? {}).map((n) => [n, where === 'path' && n === name ? value : 'PRK']),
          );
          const url = r.path.replace(/:([A-Za-z]+)/g, (_m, n: string) =>
            encodeURIComponent(pathParams[n] === 'PRK' && n === 'b' ? 'CHN' : pathParams[n]!),
          );
          const query: Record<string, string> = where === 'query' ? { [name!]: value } : {};
          if (r.path === '/api/search' && name !== 'q') query.q = 'korea';
          if (r.path === '/api/path') Object.assign(query, { from: 'USA', to: 'PRK', ...query });
          const res = await request(app()).get(url).query(query);
          expect({ route: r.path, name, value, ok: [200, 400, 404].includes(res.status) }).toEqual({
            route: r.path,
            name,
            value,
            ok: true,
          });
          if (res.status !== 200) expect(res.body.error.code).toEqual(expect.any(String));
        }
      }
      expect(await counts(db())).toEqual(before);
    },
    60_000,
  );
});
