import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../../server/config/config-error.ts';
import { loadConfig } from '../../../server/config/load-config.ts';
import { renderNeo4jConf } from '../../../server/neo4j/render-neo4j-conf.ts';

describe('loadConfig', () => {
  it('with nothing set, serves on port 3000 and provisions its own Neo4j', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.external).toBeNull();
    expect(c.database).toBe('neo4j');
  });

  it('when NEO4J_URI is set, uses that server with its credentials and database', () => {
    const c = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'graph',
    });
    expect(c.external).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', user: 'neo4j', password: 'secret' });
    expect(c.database).toBe('graph');
  });

  it('when a setting is malformed, the error names the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ NEO4J_URI: 'http://x', NEO4J_PASSWORD: 'p' })).toThrow(/NEO4J_URI/);
    expect(() => loadConfig({ NEO4J_HEAP: 'lots' })).toThrow(/NEO4J_HEAP/);
  });

  it('when NEO4J_URI is set without a password, says so', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://localhost:7687' })).toThrow(/NEO4J_PASSWORD/);
  });

  it('derives the transaction memory limits from the heap: a quarter for one transaction, 60% for all together', () => {
    expect(loadConfig({ NEO4J_HEAP: '2g' }).neo4j).toMatchObject({ txMemory: '512m', txTotalMemory: '1228m' });
    expect(loadConfig({ NEO4J_HEAP: '1g' }).neo4j).toMatchObject({ txMemory: '256m', txTotalMemory: '614m' });
    expect(loadConfig({ NEO4J_HEAP: '1g', NEO4J_TX_MEMORY: '300m' }).neo4j.txMemory).toBe('300m');
    expect(() => loadConfig({ NEO4J_HEAP: '1g', NEO4J_TX_MEMORY: '1g' })).toThrow(
      /NEO4J_TX_MEMORY: 1g is more than the 614m/,
    );
    expect(
      renderNeo4jConf(
        { boltPort: 1, heap: '1g', pagecache: '1m', txTimeout: '5s', txMemory: '256m', txTotalMemory: '614m' },
        '/x',
      ),
    ).toMatch(
      /db\.memory\.transaction\.max=256m\ndb\.memory\.transaction\.total\.max=614m\ndbms\.memory\.transaction\.total\.max=614m/,
    );
  });

  it('serves loopback names and HOST by default, ALLOWED_HOSTS when set, and refuses a malformed entry at start-up', () => {
    expect(loadConfig({}).allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(loadConfig({ HOST: 'stategraph.lan' }).allowedHosts).toContain('stategraph.lan');
    expect(loadConfig({ HOST: '0.0.0.0' }).allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(loadConfig({ ALLOWED_HOSTS: 'Graph.Example.org, ::1' }).allowedHosts).toEqual([
      'graph.example.org',
      '[::1]',
    ]);
    expect(() => loadConfig({ ALLOWED_HOSTS: 'evil.example/path' })).toThrow(/ALLOWED_HOSTS: evil\.example\/path/);
  });

  it('reads TRUST_PROXY as Express takes it, and refuses anything else', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback,10.0.0.0/8');
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });

  it('refuses a client-side deadline that is not shorter than the server transaction timeout', () => {
    expect(() => loadConfig({ NEO4J_TX_TIMEOUT: '10s', API_QUERY_DEADLINE_MS: '10000' })).toThrow(
      /API_QUERY_DEADLINE_MS: 10000 ms must be shorter than NEO4J_TX_TIMEOUT/,
    );
    expect(() => loadConfig({ NEO4J_TX_TIMEOUT: '2m', CYPHER_TIMEOUT_MS: '120000' })).toThrow(/CYPHER_TIMEOUT_MS/);
  });
});
