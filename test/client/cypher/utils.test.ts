import { describe, expect, test } from '@jest/globals';
import { cellText, parseParams, plainCypherError } from '../../../client/src/cypher/utils.ts';

describe('Cypher console helpers', () => {
  test('errors in plain words', () => {
    expect(plainCypherError(400, { error: { code: 'query_refused', message: 'CREATE writes to the graph' } })).toBe(
      'This console only reads the graph: CREATE writes to the graph',
    );
    expect(plainCypherError(504, { error: { code: 'query_timeout', message: 'stopped' } })).toMatch(/took too long/);
    expect(plainCypherError(429, null)).toMatch(/Too many/);
    expect(plainCypherError(503, null)).toMatch(/not reachable/);
    expect(plainCypherError(0, null)).toMatch(/did not answer/);
    expect(plainCypherError(400, { error: { code: 'cypher_error', message: "Invalid input 'RETURN'" } })).toBe(
      "Neo4j could not read the query: Invalid input 'RETURN'",
    );
  });
  test('parameters are a JSON object or nothing', () => {
    expect(parseParams('')).toEqual({ ok: true, params: {} });
    expect(parseParams('{"code":"PRK"}')).toEqual({ ok: true, params: { code: 'PRK' } });
    expect(parseParams('[1]').ok).toBe(false);
    expect(parseParams('{').ok).toBe(false);
  });
  test('cells show nodes and relationships briefly', () => {
    expect(cellText({ elementId: '1', labels: ['State', 'Entity'], properties: { name: 'China' } })).toBe(
      '(State China)',
    );
    expect(cellText({ elementId: '2', type: 'BORDERS', start: '1', end: '3', properties: {} })).toBe('[:BORDERS]');
    expect(
      cellText({
        elementId: '4',
        type: 'LEADS',
        start: '1',
        end: '3',
        properties: { role: 'head_of_state', start: '2011-12-17' },
      }),
    ).toBe('[:LEADS {role: "head_of_state", start: "2011-12-17"}]');
    expect(cellText(null)).toBe('');
    expect(cellText(42)).toBe('42');
    expect(cellText({ a: 'x'.repeat(300) }).length).toBe(200);
  });
});
