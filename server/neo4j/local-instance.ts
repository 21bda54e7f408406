import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { checkJava } from './provision/check-java.ts';
import { installNeo4j, type Progress } from './provision/install-neo4j.ts';
import { renderNeo4jConf, type LocalNeo4jSettings } from './render-neo4j-conf.ts';

export interface LocalInstance {
  name: string;
  cacheDir: string;
  settings: LocalNeo4jSettings;
}

export interface Connection {
  uri: string;
  user: string;
  password: string;
}

export class Neo4jStartError extends Error {
  override name = 'Neo4jStartError';
}

const home = (i: LocalInstance): string => path.join(i.cacheDir, 'instances', i.name);
const pidFile = (i: LocalInstance): string => path.join(home(i), 'neo4j.pid');
const passwordFile = (i: LocalInstance): string => path.join(home(i), 'password');

export function localConnection(i: LocalInstance): Connection {
  return {
    uri: `bolt://127.0.0.1:${i.settings.boltPort}`,
    user: 'neo4j',
    password: readFileSync(passwordFile(i), 'utf8').trim(),
  };
}

function isOurs(pid: number, i: LocalInstance): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A pid can be reused: only a java process started with this instance's home counts.
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(home(i));
  } catch {
    return true;
  }
}

export function runningPid(i: LocalInstance): number | null {
  if (!existsSync(pidFile(i))) return null;
  const pid = Number(readFileSync(pidFile(i), 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && isOurs(pid, i) ? pid : null;
}

async function boltAnswers(c: Connection): Promise<boolean> {
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.getServerInfo();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

export async function neo4jStatus(
  i: LocalInstance,
): Promise<{ running: boolean; pid: number | null; answering: boolean }> {
  const pid = runningPid(i);
  const answering = pid !== null && (await boltAnswers(localConnection(i)));
  return { running: pid !== null, pid, answering };
}

/** Provisions (once), configures and starts the instance, then waits until Bolt answers. */
export async function startNeo4j(
  i: LocalInstance,
  progress?: Progress,
  log: (m: string) => void = () => {},
): Promise<Connection> {
  const dir = home(i);
  if (runningPid(i) !== null) {
    const c = localConnection(i);
    if (await waitForBolt(c, 60_000, () => runningPid(i) !== null)) return c;
    throw new Neo4jStartError(
      `stategraph/neo4j: instance "${i.name}" is running but Bolt does not answer; see ${dir}/logs`,
    );
  }
  const { java } = checkJava();
  const lib = await installNeo4j(i.cacheDir, progress);
  for (const sub of ['conf', 'data', 'logs', 'import', 'run', 'plugins'])
    mkdirSync(path.join(dir, sub), { recursive: true });
  writeFileSync(path.join(dir, 'conf', 'neo4j.conf'), renderNeo4jConf(i.settings, path.join(dir, 'import')));
  const env = { ...process.env, NEO4J_HOME: dir, NEO4J_CONF: path.join(dir, 'conf') };
  const classpath = `${lib}/*`;
  // hex, because the admin tool would read a password starting with "-" as an option
  if (!existsSync(passwordFile(i))) {
    const password = randomBytes(20).toString('hex');
    const set = spawnSync(
      java,
      ['-cp', classpath, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password],
      { env, encoding: 'utf8' },
    );
    if (set.status !== 0)
      throw new Neo4jStartError(`stategraph/neo4j: setting the initial password failed: ${set.stderr || set.stdout}`);
    writeFileSync(passwordFile(i), password, { mode: 0o600 });
  }
  log(`starting Neo4j "${i.name}" on 127.0.0.1:${i.settings.boltPort}`);
  const out = openSync(path.join(dir, 'logs', 'console.log'), 'a');
  const child = spawn(
    java,
    [
      `-Xms${i.settings.heap}`,
      `-Xmx${i.settings.heap}`,
      '-XX:+UseG1GC',
      '-XX:-OmitStackTraceInFastThrow',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-cp',
      classpath,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${dir}`,
      `--config-dir=${path.join(dir, 'conf')}`,
    ],
    { env, detached: true, stdio: ['ignore', out, out] },
  );
  child.unref();
  writeFileSync(pidFile(i), String(child.pid));
  const c = localConnection(i);
  if (await waitForBolt(c, 180_000, () => runningPid(i) !== null)) return c;
  const tail = readFileSync(path.join(dir, 'logs', 'console.log'), 'utf8')
    .split('\n')
    .slice(-15)
    .join('\n');
  throw new Neo4jStartError(
    `stategraph/neo4j: Neo4j did not answer on port ${i.settings.boltPort}. Last log lines:\n${tail}`,
  );
}

async function waitForBolt(c: Connection, timeoutMs: number, alive: () => boolean): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await boltAnswers(c)) return true;
    if (!alive()) return false;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

/** Stops only the process this project started for the instance. */
export async function stopNeo4j(i: LocalInstance, timeoutMs = 60_000): Promise<boolean> {
  const pid = runningPid(i);
  if (pid === null) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && isOurs(pid, i)) await new Promise((r) => setTimeout(r, 250));
  if (isOurs(pid, i)) process.kill(pid, 'SIGKILL');
  rmSync(pidFile(i), { force: true });
  return true;
}
