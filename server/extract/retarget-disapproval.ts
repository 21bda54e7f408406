// "condemned the attack on Ukraine by Russia": disapproving of an act targets
// the act's actor, not its victim, when the sentence codes that act.
import type { Relation } from './types.ts';

export interface Placed {
  at: number;
  end: number;
  floor: number;
  root: string;
  rel: Relation;
}

export const DISAPPROVAL = new Set(['10', '11', '12']);

export function retargetDisapproval(placed: Placed[]): void {
  for (const a of placed) {
    if (!DISAPPROVAL.has(a.root)) continue;
    const act = placed.find(
      (b) => Number(b.root) >= 14 && b.at >= a.end && b.at <= a.end + 4 && b.rel.source.key !== a.rel.source.key,
    );
    if (!act || a.rel.target.key === act.rel.source.key) continue;
    a.rel.target = act.rel.source;
    const via = act.rel.via?.source;
    if (via) a.rel.via = { ...(a.rel.via ?? {}), target: via };
    else if (a.rel.via) delete a.rel.via.target;
  }
}
