import { describe, expect, it } from '@jest/globals';
import { splitStatements } from '../../../server/neo4j/split-statements.ts';

describe('splitStatements', () => {
  it('splits at semicolons that end a line and drops comment lines', () => {
    const text =
      '// a comment; with a semicolon;\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nCREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.y);\n';
    expect(splitStatements(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.y)',
    ]);
  });
});
