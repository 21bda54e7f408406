import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../server/config/paths.ts';

const referenceDir = path.join(projectRoot, 'test', 'fixtures', 'screenshots');
const outDir = path.join(projectRoot, 'test-results', 'client');
const comparer = path.join(projectRoot, 'test', 'support', 'compare-png.mjs');

export interface ScreenshotResult {
  differentPixels: number;
  ratio: number;
  reference: string;
  actual: string;
}

/**
 * Compares a page screenshot with its stored reference: pixels whose colour differs by more than `threshold`
 * (pixelmatch's YIQ distance, 0–1) are counted; the caller asserts their share. With UPDATE_SCREENSHOTS=1 the
 * reference is (re)written from this run instead. The picture and the difference image go to test-results/client.
 */
export async function compareScreenshot(page: Page, name: string, threshold = 0.15): Promise<ScreenshotResult> {
  mkdirSync(outDir, { recursive: true });
  const reference = path.join(referenceDir, `${name}.png`);
  const actual = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: actual });
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(referenceDir, { recursive: true });
    copyFileSync(actual, reference);
  }
  if (!existsSync(reference))
    throw new Error(`no reference screenshot ${reference}; run with UPDATE_SCREENSHOTS=1 to store ${actual} as one`);
  const out = JSON.parse(
    execFileSync(
      process.execPath,
      [comparer, reference, actual, path.join(outDir, `${name}.diff.png`), String(threshold)],
      { encoding: 'utf8' },
    ),
  ) as { error?: string; width: number; height: number; differentPixels: number };
  if (out.error) throw new Error(`${name}: ${out.error}`);
  return {
    differentPixels: out.differentPixels,
    ratio: out.differentPixels / (out.width * out.height),
    reference,
    actual,
  };
}
