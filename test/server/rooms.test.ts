import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../server/config/paths.ts';

/** Every .ts file below a folder of the repository, as paths relative to its root. */
function sources(dir: string): string[] {
  return readdirSync(path.join(projectRoot, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.relative(projectRoot, path.join(e.parentPath, e.name)));
}

describe('the rooms of the code', () => {
  it('import the Neo4j driver only in server/neo4j/ and server/repositories/', () => {
    const allowed = ['server/neo4j/', 'server/repositories/'];
    const importing = ['server', 'client', 'common', 'bench', 'test']
      .flatMap(sources)
      .filter((f) => /from ['"]neo4j-driver['"]/.test(readFileSync(path.join(projectRoot, f), 'utf8')));
    expect(importing.length).toBeGreaterThan(3); // the rule is checked on real files
    expect(importing.filter((f) => !allowed.some((a) => f.startsWith(a)))).toEqual([]);
  });
});
