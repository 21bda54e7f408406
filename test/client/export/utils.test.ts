import { describe, expect, test } from '@jest/globals';
import { csvField, edgesCsv, exportFileName, gexfAttributes, nodesCsv } from '../../../client/src/export/utils.ts';
import type { GraphJson } from '../../../client/src/graph/types.ts';

const g: GraphJson = {
  attributes: {},
  nodes: [{ key: 'State:PRK', attributes: { label: 'North Korea', kind: 'State', x: 1, aliases: ['DPRK', 'NK'] } }],
  edges: [
    {
      key: 'e',
      source: 'State:PRK',
      target: 'State:PRK',
      attributes: { relType: 'DYAD', weight: 3, color: '#fff', name: 'say "hi", then go' },
    },
  ],
};

describe('CSV and GEXF export', () => {
  test('fields are quoted when needed', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField(['a', 'b'])).toBe('a; b');
    expect(csvField(null)).toBe('');
  });
  test('node and edge tables without drawing attributes', () => {
    expect(nodesCsv(g)).toBe('key,label,kind,aliases\r\nState:PRK,North Korea,State,DPRK; NK\r\n');
    expect(edgesCsv(g)).toBe(
      'key,source,target,relType,weight,name\r\ne,State:PRK,State:PRK,DYAD,3,"say ""hi"", then go"\r\n',
    );
  });
  test('GEXF attributes are scalars', () => {
    expect(gexfAttributes({ a: ['x', 'y'], b: { c: 1 }, d: null, type: 'curved', e: 2 })).toEqual({
      a: 'x; y',
      b: '{"c":1}',
      e: 2,
    });
    expect(exportFileName('gexf', new Date('2026-01-02T03:04:05Z'))).toBe('stategraph-2026-01-02-03-04-05.gexf');
  });
});
