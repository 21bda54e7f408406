import { createHash } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { centralUrl, jarName, NEO4J_VERSION, readArtifactList, type Artifact } from './read-artifact-list.ts';

export type Progress = (done: number, total: number, what: string) => void;

export class Neo4jInstallError extends Error {
  override name = 'Neo4jInstallError';
}

const sha1 = (buf: Buffer): string => createHash('sha1').update(buf).digest('hex');

/** lib/ holds every jar of the server; a marker says it was verified complete. */
function neo4jLibDir(cacheDir: string): string {
  return path.join(cacheDir, 'neo4j', NEO4J_VERSION, 'lib');
}

function isNeo4jInstalled(cacheDir: string): boolean {
  const marker = path.join(neo4jLibDir(cacheDir), '.complete');
  return existsSync(marker) && readFileSync(marker, 'utf8').trim() === NEO4J_VERSION;
}

/**
 * Fetches Neo4j's jars once. With Maven on the PATH, Maven resolves them (and reuses ~/.m2);
 * without it, the pinned list is fetched from Maven Central over HTTPS. Either way every jar
 * is checked against its pinned SHA-1, so both paths give the same server.
 */
export async function installNeo4j(
  cacheDir: string,
  progress: Progress = () => {},
  via: 'auto' | 'maven' | 'https' = 'auto',
): Promise<string> {
  const lib = neo4jLibDir(cacheDir);
  if (isNeo4jInstalled(cacheDir)) return lib;
  const artifacts = readArtifactList();
  const staging = `${lib}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const useMaven = via === 'maven' || (via === 'auto' && spawnSync('mvn', ['-v'], { stdio: 'ignore' }).status === 0);
  if (useMaven) await viaMaven(path.dirname(lib), staging, artifacts.length, progress);
  else await viaHttps(staging, artifacts, progress);
  await verify(staging, artifacts, progress);
  writeFileSync(path.join(staging, '.complete'), NEO4J_VERSION);
  rmSync(lib, { recursive: true, force: true });
  renameSync(staging, lib);
  return lib;
}

async function viaMaven(workDir: string, out: string, total: number, progress: Progress): Promise<void> {
  const pom = `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>stategraph</groupId><artifactId>neo4j-server</artifactId><version>1</version>
<dependencies><dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>${NEO4J_VERSION}</version></dependency></dependencies>
</project>\n`;
  writeFileSync(path.join(workDir, 'pom.xml'), pom);
  const args = ['-B', '-f', path.join(workDir, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${out}`];
  await new Promise<void>((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let done = 0;
    let tail = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      tail = (tail + text).slice(-4000);
      for (const m of text.matchAll(/Downloaded from \S+: \S+\.jar/g))
        progress(++done, total, `maven: ${m[0].split('/').pop()}`);
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Neo4jInstallError(`stategraph/neo4j: mvn exited with ${code}:\n${tail}`)),
    );
  });
}

async function viaHttps(out: string, artifacts: Artifact[], progress: Progress): Promise<void> {
  let done = 0;
  const queue = [...artifacts];
  const worker = async (): Promise<void> => {
    for (let a = queue.shift(); a; a = queue.shift()) {
      const url = centralUrl(a);
      const res = await fetch(url);
      if (!res.ok) throw new Neo4jInstallError(`stategraph/neo4j: ${url} answered ${res.status}`);
      await writeFile(path.join(out, jarName(a)), Buffer.from(await res.arrayBuffer()));
      progress(++done, artifacts.length, `https: ${jarName(a)}`);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
}

async function verify(dir: string, artifacts: Artifact[], progress: Progress): Promise<void> {
  let done = 0;
  for (const a of artifacts) {
    const file = path.join(dir, jarName(a));
    if (!existsSync(file)) throw new Neo4jInstallError(`stategraph/neo4j: ${jarName(a)} is missing after download`);
    const got = sha1(await readFile(file));
    if (got !== a.sha1)
      throw new Neo4jInstallError(`stategraph/neo4j: ${jarName(a)} has SHA-1 ${got}, expected ${a.sha1}`);
    progress(++done, artifacts.length, `verified ${jarName(a)}`);
  }
}
