// Parses data/cameo/cameo_codes.tsv (openeventdata/text_to_CAMEO, MIT) into CameoCode rows.
import type { CameoCode } from '../model/types.ts';

/** Root-level fallback used when no table is given: label, quad class, Goldstein. */
export const CAMEO_ROOTS: Record<string, [string, 1 | 2 | 3 | 4, number]> = {
  '01': ['MAKE PUBLIC STATEMENT', 1, 0], '02': ['APPEAL', 1, 3], '03': ['EXPRESS INTENT TO COOPERATE', 1, 4],
  '04': ['CONSULT', 1, 1], '05': ['ENGAGE IN DIPLOMATIC COOPERATION', 1, 3.5], '06': ['ENGAGE IN MATERIAL COOPERATION', 2, 6],
  '07': ['PROVIDE AID', 2, 7], '08': ['YIELD', 2, 5], '09': ['INVESTIGATE', 2, -2], '10': ['DEMAND', 3, -5],
  '11': ['DISAPPROVE', 3, -2], '12': ['REJECT', 3, -4], '13': ['THREATEN', 3, -6], '14': ['PROTEST', 3, -6.5],
  '15': ['EXHIBIT MILITARY POSTURE', 4, -7.2], '16': ['REDUCE RELATIONS', 4, -4], '17': ['COERCE', 4, -7],
  '18': ['ASSAULT', 4, -9], '19': ['FIGHT', 4, -10], '20': ['ATTACK WITH WEAPONS OF MASS DESTRUCTION', 4, -10],
};

/** Rows of the TSV (header: code, label, icews_label_variants, root_code, root_label, quad_class, goldstein). */
export function parseCameoCodes(tsv: string): CameoCode[] {
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim());
  const header = (lines.shift() ?? '').split('\t');
  const col = (name: string): number => header.indexOf(name);
  const [c, l, v, r, rl, q, g] = ['code', 'label', 'icews_label_variants', 'root_code', 'root_label', 'quad_class', 'goldstein'].map(col);
  return lines.map((line) => {
    const f = line.split('\t');
    const at = (i: number | undefined): string => (i === undefined || i < 0 ? '' : (f[i] ?? '').trim());
    const quad = Number(at(q));
    return {
      code: at(c),
      label: at(l),
      root: at(r),
      rootLabel: at(rl),
      quad: (quad >= 1 && quad <= 4 ? quad : 1) as 1 | 2 | 3 | 4,
      goldstein: Number(at(g)) || 0,
      icewsLabels: at(v) ? at(v).split('|').map((s) => s.trim()) : [],
    };
  });
}

/** The CameoCode for a code, from the table when it has it, else from its root. */
export function cameoInfo(table: ReadonlyMap<string, CameoCode>, code: string): CameoCode {
  const hit = table.get(code);
  if (hit) return hit;
  const root = code.slice(0, 2);
  const [label, quad, goldstein] = CAMEO_ROOTS[root] ?? ['MAKE PUBLIC STATEMENT', 1, 0];
  const rootRow = table.get(root);
  return { code, label: rootRow?.label ?? label, root, rootLabel: rootRow?.rootLabel ?? label, quad: rootRow?.quad ?? quad, goldstein: rootRow?.goldstein ?? goldstein, icewsLabels: [] };
}
