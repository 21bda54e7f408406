import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../../server/config/config-error.ts';
import { loadConfig } from '../../../server/config/load-config.ts';

describe('loadConfig', () => {
  it('with nothing set, serves on port 3000 and provisions its own Neo4j', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.external).toBeNull();
    expect(c.database).toBe('neo4j');
  });

  it('when NEO4J_URI is set, uses that server with its credentials and database', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'graph' });
    expect(c.external).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', user: 'neo4j', password: 'secret' });
    expect(c.database).toBe('graph');
  });

  it('when a setting is malformed, the error names the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ NEO4J_URI: 'http://x' , NEO4J_PASSWORD: 'p'})).toThrow(/NEO4J_URI/);
    expect(() => loadConfig({ NEO4J_HEAP: 'lots' })).toThrow(/NEO4J_HEAP/);
  });

  it('when NEO4J_URI is set without a password, says so', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://localhost:7687' })).toThrow(/NEO4J_PASSWORD/);
  });
});
