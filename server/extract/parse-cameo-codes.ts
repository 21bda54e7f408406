// CAMEO lookups for extraction; the table itself is parsed by server/reference/cameo.ts.
import type { CameoCode } from '../model/types.ts';

/** Root-level fallback used when no table is given: label, quad class, Goldstein. */
export const CAMEO_ROOTS: Record<string, [string, 1 | 2 | 3 | 4, number]> = {
  '01': ['MAKE PUBLIC STATEMENT', 1, 0],
  '02': ['APPEAL', 1, 3],
  '03': ['EXPRESS INTENT TO COOPERATE', 1, 4],
  '04': ['CONSULT', 1, 1],
  '05': ['ENGAGE IN DIPLOMATIC COOPERATION', 1, 3.5],
  '06': ['ENGAGE IN MATERIAL COOPERATION', 2, 6],
  '07': ['PROVIDE AID', 2, 7],
  '08': ['YIELD', 2, 5],
  '09': ['INVESTIGATE', 2, -2],
  '10': ['DEMAND', 3, -5],
  '11': ['DISAPPROVE', 3, -2],
  '12': ['REJECT', 3, -4],
  '13': ['THREATEN', 3, -6],
  '14': ['PROTEST', 3, -6.5],
  '15': ['EXHIBIT MILITARY POSTURE', 4, -7.2],
  '16': ['REDUCE RELATIONS', 4, -4],
  '17': ['COERCE', 4, -7],
  '18': ['ASSAULT', 4, -9],
  '19': ['FIGHT', 4, -10],
  '20': ['ATTACK WITH WEAPONS OF MASS DESTRUCTION', 4, -10],
};

/** The CameoCode for a code, from the table when it has it, else from its root. */
export function cameoInfo(table: ReadonlyMap<string, CameoCode>, code: string): CameoCode {
  const hit = table.get(code);
  if (hit) return hit;
  const root = code.slice(0, 2);
  const [label, quad, goldstein] = CAMEO_ROOTS[root] ?? ['MAKE PUBLIC STATEMENT', 1, 0];
  const rootRow = table.get(root);
  return {
    code,
    label: rootRow?.label ?? label,
    root,
    rootLabel: rootRow?.rootLabel ?? label,
    quad: rootRow?.quad ?? quad,
    goldstein: rootRow?.goldstein ?? goldstein,
    icewsLabels: [],
  };
}
