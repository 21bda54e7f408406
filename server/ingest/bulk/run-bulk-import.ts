import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { LocalInstance } from '../../neo4j/local-instance.ts';
import { runningPid } from '../../neo4j/local-instance.ts';
import { checkJava } from '../../neo4j/provision/check-java.ts';
import { installNeo4j } from '../../neo4j/provision/install-neo4j.ts';
import { IngestInputError } from '../list-input-files.ts';
import type { BulkFiles } from './write-bulk-csv.ts';

/**
 * Runs Neo4j's offline importer (`neo4j-admin database import full`, class org.neo4j.cli.AdminTool of the
 * provisioned neo4j-import-tool jar) into the instance's `neo4j` database, replacing it. The instance must be
 * stopped: the importer writes the store files directly.
 */
export async function runBulkImport(
  instance: LocalInstance,
  files: BulkFiles,
  log: (m: string) => void,
): Promise<void> {
  if (runningPid(instance) !== null)
    throw new IngestInputError(
      `stategraph/bulk-import: instance "${instance.name}" is running; stop it first (npx stategraph neo4j stop)`,
    );
  const { java } = checkJava();
  const lib = await installNeo4j(instance.cacheDir);
  const home = path.join(instance.cacheDir, 'instances', instance.name);
  const args = [
    '-cp',
    `${lib}/*`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j',
    '--overwrite-destination=true',
    '--threads=2',
    `--report-file=${path.join(files.dir, 'import.report')}`,
    ...files.nodes.map((n) => `--nodes=${n.labels}=${n.file}`),
    ...files.relationships.map((r) => `--relationships=${r.type}=${r.file}`),
  ];
  const r = spawnSync(java, args, {
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0)
    throw new IngestInputError(
      `stategraph/bulk-import: neo4j-admin import failed: ${(r.stderr || r.stdout).slice(-2000)}`,
    );
  log(
    r.stdout
      .split('\n')
      .filter((l) => /IMPORT DONE|Imported:|nodes|relationships/i.test(l))
      .join('\n'),
  );
}
