// CAMEO code table (data/cameo/cameo_codes.tsv) and an index from ICEWS event
// texts to codes. ICEWS spells some labels differently from CAMEO, so both the
// CAMEO label and every listed ICEWS variant resolve, case-insensitively.
import { readFileSync } from 'node:fs';
import type { CameoCode } from '../model/types.ts';

export class CameoTableError extends Error {
  constructor(what: string, line: number) {
    super(`stategraph/reference/cameo: ${what} at cameo_codes.tsv line ${line}`);
    this.name = 'CameoTableError';
  }
}

/** Labels the table does not list but ICEWS uses (a misspelling in ICEWS). */
const EXTRA_LABELS: Record<string, string> = {
  'threaten with repression': '137',
};

export function parseCameoCodes(text: string): CameoCode[] {
  const out: CameoCode[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    if (!l) continue;
    const [code = '', label = '', variants = '', root = '', rootLabel = '', quad = '', goldstein = ''] = l.split('\t');
    const q = Number(quad);
    const g = Number(goldstein);
    if (!/^\d{2,4}$/.test(code)) throw new CameoTableError(`bad code "${code}"`, i + 1);
    if (q !== 1 && q !== 2 && q !== 3 && q !== 4) throw new CameoTableError(`bad quad class "${quad}"`, i + 1);
    if (goldstein !== '' && !Number.isFinite(g)) throw new CameoTableError(`bad Goldstein score "${goldstein}"`, i + 1);
    out.push({
      code,
      label,
      root,
      rootLabel,
      quad: q,
      goldstein: goldstein === '' ? Number.NaN : g,
      icewsLabels: variants
        .split('|')
        .map((v) => v.trim())
        .filter(Boolean),
    });
  }
  // Four 4-digit codes (1213, 1214, 1951, 1952) have no score: they inherit
  // their 3-digit parent's, as GDELT does for unscored sub-codes.
  const byCode = new Map(out.map((c) => [c.code, c]));
  for (const c of out) {
    if (!Number.isNaN(c.goldstein)) continue;
    const parent = byCode.get(c.code.slice(0, 3)) ?? byCode.get(c.root);
    if (!parent || Number.isNaN(parent.goldstein))
      throw new CameoTableError(`no Goldstein score for ${c.code} or its parent`, 0);
    c.goldstein = parent.goldstein;
  }
  return out;
}

export type CameoIndex = Map<string, CameoCode>;

/** Lower-cased label -> code. CAMEO labels win over ICEWS variants on a clash. */
export function indexCameoLabels(codes: CameoCode[]): CameoIndex {
  const index: CameoIndex = new Map();
  const byCode = new Map(codes.map((c) => [c.code, c]));
  for (const c of codes) index.set(c.label.toLowerCase(), c);
  for (const c of codes) for (const v of c.icewsLabels) if (!index.has(v.toLowerCase())) index.set(v.toLowerCase(), c);
  for (const [label, code] of Object.entries(EXTRA_LABELS)) {
    const c = byCode.get(code);
    if (c && !index.has(label)) index.set(label, c);
  }
  return index;
}

let shipped: CameoCode[] | null = null;

/** The CAMEO table shipped in data/cameo/, read once per process. */
export function loadCameoCodes(): CameoCode[] {
  shipped ??= parseCameoCodes(readFileSync(new URL('../../data/cameo/cameo_codes.tsv', import.meta.url), 'utf8'));
  return shipped;
}
