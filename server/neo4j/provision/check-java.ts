import { spawnSync } from 'node:child_process';
import path from 'node:path';

export class JavaMissingError extends Error {
  override name = 'JavaMissingError';
}

/** Finds a Java 17+ runtime, or explains how to get one or how to use another Neo4j instead. */
export function checkJava(env: NodeJS.ProcessEnv = process.env): { java: string; major: number } {
  const java = env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
  const out = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const advice =
    'Neo4j 5.26 needs Java 17 or 21: install it (Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME, ' +
    'or point StateGraph at a running Neo4j with NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.';
  if (out.error || out.status !== 0) {
    throw new JavaMissingError(`stategraph/neo4j: no Java runtime found (${java}). ${advice}`);
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(out.stderr + out.stdout);
  const first = Number(match?.[1] ?? 0);
  const major = first === 1 ? Number(match?.[2] ?? 0) : first;
  if (major < 17) throw new JavaMissingError(`stategraph/neo4j: found Java ${major} at ${java}. ${advice}`);
  return { java, major };
}
