import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { terminalSafe } from '../../../server/cli/terminal-safe.ts';
import { projectRoot } from '../../../server/config/paths.ts';

const run = promisify(execFile);
// ESC (cursor and screen control), BEL, CSI as a C1 byte, and a right-to-left override.
// eslint-disable-next-line no-control-regex -- the control characters are what the test looks for.
const hostile = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/;

describe('what the CLI prints', () => {
  it('shows control characters and bidi overrides as escapes, and keeps tabs, newlines and other text', () => {
    expect(terminalSafe('a\u001b[2Jb\u0007c\u009bd\u202ee')).toBe('a\\u001b[2Jb\\u0007c\\u009bd\\u202ee');
    expect(terminalSafe('Kim Jong-un\tPyongyang\nSeoul — 서울')).toBe('Kim Jong-un\tPyongyang\nSeoul — 서울');
    expect(JSON.parse(terminalSafe(JSON.stringify({ t: 'x\u009by' })))).toEqual({ t: 'x\u009by' });
  });

  it('extract on a binary file prints no raw control bytes, and its lines are still JSON', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-binary-'));
    const file = path.join(dir, 'binary.txt');
    writeFileSync(
      file,
      Buffer.from(
        'Title\u001b]0;pwned\u0007\nNorth Korea \u009b2J condemned \u001b[31mJapan\u001b[0m.\n\u202e',
        'utf8',
      ),
    );
    const out = await run(process.execPath, [
      path.join(projectRoot, 'bin', 'stategraph.js'),
      'extract',
      file,
      '--json',
    ]).catch((e: { stdout: string; stderr: string }) => e);
    expect(out.stdout.length).toBeGreaterThan(0);
    expect(out.stdout).not.toMatch(hostile);
    expect(out.stderr).not.toMatch(hostile);
    for (const line of out.stdout.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  }, 60_000);
});
