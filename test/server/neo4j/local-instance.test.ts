import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runningPid, stopNeo4j, type LocalInstance } from '../../../server/neo4j/local-instance.ts';

const settings = {
  boltPort: 7999,
  heap: '512m',
  pagecache: '128m',
  txTimeout: '10s',
  txMemory: '128m',
  txTotalMemory: '307m',
};

describe('the local Neo4j instance', () => {
  it('stop leaves alone a process that merely reuses the recorded pid', async () => {
    const instance: LocalInstance = {
      name: 'foreign',
      cacheDir: mkdtempSync(path.join(os.tmpdir(), 'sg-cache-')),
      settings,
    };
    const home = path.join(instance.cacheDir, 'instances', 'foreign');
    mkdirSync(home, { recursive: true });
    const stranger = spawn('sleep', ['30']);
    writeFileSync(path.join(home, 'neo4j.pid'), String(stranger.pid));
    try {
      expect(runningPid(instance)).toBeNull();
      expect(await stopNeo4j(instance)).toBe(false);
      expect(stranger.exitCode).toBeNull();
      expect(() => process.kill(stranger.pid!, 0)).not.toThrow();
    } finally {
      stranger.kill();
    }
  });

  it('with no pid recorded, reports nothing running', async () => {
    const instance: LocalInstance = {
      name: 'none',
      cacheDir: mkdtempSync(path.join(os.tmpdir(), 'sg-cache-')),
      settings,
    };
    expect(runningPid(instance)).toBeNull();
    expect(await stopNeo4j(instance)).toBe(false);
  });
});
