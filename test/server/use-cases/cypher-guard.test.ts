import { describe, expect, it } from '@jest/globals';
import { calledProcedure, codeOnly, guardCypher } from '../../../server/use-cases/cypher-guard.ts';

const refused = (q: string): string => {
  const r = guardCypher(q);
  if (r.ok) throw new Error(`expected a refusal of: ${q}`);
  return r.reason;
};

describe('the Cypher guard', () => {
  it.each([
    'MATCH (n) RETURN n LIMIT 5',
    'MATCH (s:State {code: $code})-[:BORDERS]-(b) RETURN b.name',
    "MATCH (n) WHERE n.name = 'CREATE (x)' RETURN n",
    'MATCH (n) // DELETE n\nRETURN count(n)',
    'MATCH (n) /* SET n.x = 1 */ RETURN n',
    'MATCH (n:State) RETURN n {.code, set: 1, create: 2}',
    'MATCH (n) RETURN n.set, n.delete',
    'CALL db.labels()',
    'CALL db.index.fulltext.queryNodes("entity_names", "korea") YIELD node RETURN node',
    'CALL `db`.`labels`() YIELD label RETURN label',
    'MATCH (s:State) CALL (s) { MATCH (s)-[:BORDERS]-(b) RETURN count(b) AS n } RETURN s.code, n',
    'MATCH (n) RETURN n;',
    "RETURN 'a;b' AS x",
  ])('lets a read query through: %s', (q) => {
    expect(guardCypher(q).ok).toBe(true);
  });

  it.each([
    ['CREATE (n:X) RETURN n', /CREATE writes/],
    ['MERGE (n:State {code: "ZZZ"})', /MERGE writes/],
    ['MATCH (n) DETACH DELETE n', /DETACH writes/],
    ['MATCH (n) DELETE n', /DELETE writes/],
    ['MATCH (n) SET n.x = 1', /SET writes/],
    ['match (n) remove n.name', /REMOVE writes/],
    ['MATCH (n) FOREACH (x IN [1] | SET n.y = x)', /FOREACH writes/],
    ["LOAD CSV FROM 'http://example.com/x.csv' AS row RETURN row", /LOAD CSV/],
    ['USE system SHOW USERS', /USE/],
    ['CALL { USE neo4j MATCH (n) RETURN n } RETURN n', /USE/],
    ['SHOW USERS', /SHOW/],
    ['SHOW TRANSACTIONS', /SHOW/],
    ['CREATE USER eve SET PASSWORD "x"', /CREATE USER/],
    ['CREATE INDEX x FOR (n:State) ON (n.name)', /CREATE INDEX/],
    ['DROP CONSTRAINT state_code', /DROP/],
    ['GRANT ROLE admin TO eve', /GRANT/],
    ['TERMINATE TRANSACTIONS "neo4j-transaction-1"', /TERMINATE/],
    ["CALL db.createLabel('X')", /db\.createLabel is not allowed/],
    ['CALL dbms.killQueries(["x"])', /dbms\.killQueries/],
    ['CALL `dbms`.`security`.`createUser`("a","b",false)', /dbms\.security\.createUser/],
    ['MATCH (n) RETURN n; MATCH (m) DETACH DELETE m', /several statements/],
    ['RETURN 1; RETURN 2', /several statements/],
    ['EXPLAIN MATCH (n) RETURN n', /EXPLAIN/],
    ['   ', /empty/],
  ])('refuses %s with a reason', (q, reason) => {
    expect(refused(q)).toMatch(reason);
  });

  it('a trailing semicolon is dropped from the query that runs', () => {
    expect(guardCypher('RETURN 1 ;  ')).toEqual({ ok: true, query: 'RETURN 1' });
  });

  it('strings, comments and quoted names are blanked, keeping offsets', () => {
    const q = "RETURN 'x' AS `y` // z";
    expect(codeOnly(q)).toHaveLength(q.length);
    expect(codeOnly(q).trim()).toBe('RETURN     AS');
  });

  it('only named procedures count as calls, not subqueries', () => {
    expect(calledProcedure('CALL { RETURN 1 AS x } RETURN x')).toBeNull();
    expect(calledProcedure('CALL db.labels() YIELD label CALL apoc.help("x") YIELD name RETURN 1')).toBe('apoc.help');
  });
});
