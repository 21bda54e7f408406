// OpenSanctions programmes -> SanctionRecord (kind 'regime'), plus the UN
// Security Council resolutions that amend regimes (kind 'resolution').
// Issuer: UN SC regimes -> Organization UNSC, EU bodies -> Organization EU,
// otherwise the issuer_country as a State (US OFAC -> State USA; the issuing
// body's name is kept in `issuerBody`); no country -> no issuer.
import type { ActorRef, SanctionRecord } from '../model/types.ts';
import { SANCTION_RESOLUTIONS } from './sanction-resolutions.ts';

const SANCTIONS_SOURCE = 'opensanctions:programs.json';

export interface ReferenceSanctionRecord extends SanctionRecord {
  /** the issuing body as OpenSanctions names it, e.g. "Office of Foreign Assets Control" */
  issuerBody?: string;
}

interface Program {
  key: string;
  title: string;
  issuer?: string | null;
  issuer_name?: string | null;
  issuer_country?: string | null;
  target_territories?: string[] | null;
  measures?: string[] | null;
  aliases?: string[] | null;
  url?: string | null;
  summary?: string | null;
}

/** Corrections to the source's target tags, by programme key. */
const TARGET_FIXES: Record<string, Record<string, string>> = { 'UN-SC1533': { cg: 'cd' } };

export class SanctionDataError extends Error {
  constructor(what: string) {
    super(`stategraph/reference/sanctions: ${what} in programs.json`);
    this.name = 'SanctionDataError';
  }
}

export function parseSanctions(
  json: string,
  iso2to3: (iso2: string) => string | undefined,
  stateName: (iso3: string) => string,
): ReferenceSanctionRecord[] {
  const data = JSON.parse(json) as unknown;
  if (!Array.isArray(data)) throw new SanctionDataError('expected an array of programmes');
  const out: ReferenceSanctionRecord[] = [];
  for (const p of data as Program[]) {
    if (!p?.key || !p.title)
      throw new SanctionDataError(`programme without key or title (${JSON.stringify(p).slice(0, 60)})`);
    const fixes = TARGET_FIXES[p.key] ?? {};
    const targets = [
      ...new Set(
        (p.target_territories ?? []).map((t) => iso2to3(fixes[t.toLowerCase()] ?? t)).filter((t): t is string => !!t),
      ),
    ].sort();
    let issuer: ActorRef | undefined;
    if (p.issuer === 'zz_unsc') issuer = { kind: 'Organization', key: 'UNSC', name: 'United Nations Security Council' };
    else if (p.issuer?.startsWith('eu_')) issuer = { kind: 'Organization', key: 'EU', name: 'European Union' };
    else if (p.issuer_country) {
      const iso3 = iso2to3(p.issuer_country);
      if (iso3) issuer = { kind: 'State', key: iso3, name: stateName(iso3) };
    }
    const r: ReferenceSanctionRecord = {
      key: p.key,
      name: p.title,
      aliases: [...(p.aliases ?? [])],
      kind: 'regime',
      targets,
      measures: [...(p.measures ?? [])],
      source: SANCTIONS_SOURCE,
    };
    if (issuer) r.issuer = issuer;
    if (p.issuer_name) r.issuerBody = p.issuer_name;
    if (p.url) r.url = p.url;
    if (p.summary) r.summary = p.summary;
    const year = /\((\d{4})\)/.exec(p.title)?.[1];
    if (year) r.year = Number(year);
    out.push(r);
  }
  const keys = new Set(out.map((r) => r.key));
  for (const [num, year, regime, targets, note] of SANCTION_RESOLUTIONS) {
    if (!keys.has(regime)) continue; // only amendments of regimes we hold
    const regimeRec = out.find((r) => r.key === regime);
    out.push({
      key: `UNSCR-${num}`,
      name: `UN Security Council Resolution ${num} (${year})`,
      aliases: [`Resolution ${num}`, `UNSCR ${num}`, `Resolution ${num} (${year})`],
      kind: 'resolution',
      issuer: { kind: 'Organization', key: 'UNSC', name: 'United Nations Security Council' },
      targets: targets ?? regimeRec?.targets ?? [],
      measures: [],
      regime,
      year,
      url: `https://undocs.org/S/RES/${num}(${year})`,
      summary: note,
      source: 'stategraph:sanction-resolutions',
    });
  }
  return out;
}
