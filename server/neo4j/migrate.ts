import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cypherDir } from '../config/paths.ts';
import type { Database } from './database.ts';
import { splitStatements } from './split-statements.ts';

export class MigrationChecksumError extends Error {
  override name = 'MigrationChecksumError';
}

export interface Migration {
  version: number;
  name: string;
  file: string;
  checksum: string;
  statements: string[];
}

const FILE = /^V(\d{4})__([a-z0-9_]+)\.cypher$/;

export function readMigrations(dir = path.join(cypherDir, 'migrations')): Migration[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((file) => {
      const m = FILE.exec(file);
      if (!m) throw new Error(`stategraph/migrate: ${file} is not named V<4 digits>__<snake_case>.cypher`);
      const text = readFileSync(path.join(dir, file), 'utf8');
      return {
        version: Number(m[1]),
        name: m[2]!,
        file,
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: splitStatements(text),
      };
    });
}

/**
 * Applies, in order, the migrations the graph has not recorded. An applied file whose checksum
 * changed is an error naming it: applied migrations are never edited, a new one is added instead.
 */
export async function migrate(
  db: Database,
  migrations = readMigrations(),
): Promise<{ applied: string[]; skipped: string[] }> {
  const rows = await db.read<{ version: number; checksum: string; file: string }>(
    'MATCH (m:__Migration) RETURN m.version AS version, m.checksum AS checksum, m.file AS file',
  );
  const done = new Map(rows.map((r) => [r.version, r]));
  const applied: string[] = [];
  const skipped: string[] = [];
  for (const mig of migrations) {
    const prior = done.get(mig.version);
    if (prior) {
      if (prior.checksum !== mig.checksum) {
        throw new MigrationChecksumError(
          `stategraph/migrate: ${mig.file} was changed after it was applied (checksum ${mig.checksum.slice(0, 12)}, recorded ${prior.checksum.slice(0, 12)}); add a new migration instead`,
        );
      }
      skipped.push(mig.file);
      continue;
    }
    // Schema commands cannot share a transaction with writes, so each runs on its own.
    for (const statement of mig.statements) await db.write(statement);
    await db.write(
      'MERGE (m:__Migration {version: $version}) SET m.name = $name, m.file = $file, m.checksum = $checksum, m.appliedAt = datetime()',
      { version: mig.version, name: mig.name, file: mig.file, checksum: mig.checksum },
    );
    applied.push(mig.file);
  }
  await db.write('CALL db.awaitIndexes(300)');
  return { applied, skipped };
}
