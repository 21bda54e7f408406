// Sanctions named in text: UN Security Council resolutions and the regimes they
// belong to (OpenSanctions programme keys), with imposer, target, measures and
// the states that approved them.
import type { ActorRef } from '../model/types.ts';
import { mentionRef, relationActor, stateRef } from './actor-ref.ts';
import type { Gazetteer } from './build-gazetteer.ts';
import type { ActorMention } from './find-mentions.ts';
import type { Sentence } from './split-sentences.ts';
import type { Token } from './tokenize.ts';
import type { ExtractedSanction } from './types.ts';

/** UN Security Council resolution -> [regime (OpenSanctions key), target ISO3, year]. */
export const UN_RESOLUTIONS: Readonly<Record<number, [string, string | null, number]>> = {
  1718: ['UN-SC1718', 'PRK', 2006],
  1874: ['UN-SC1718', 'PRK', 2009],
  2087: ['UN-SC1718', 'PRK', 2013],
  2094: ['UN-SC1718', 'PRK', 2013],
  2270: ['UN-SC1718', 'PRK', 2016],
  2321: ['UN-SC1718', 'PRK', 2016],
  2356: ['UN-SC1718', 'PRK', 2017],
  2371: ['UN-SC1718', 'PRK', 2017],
  2375: ['UN-SC1718', 'PRK', 2017],
  2397: ['UN-SC1718', 'PRK', 2017],
  1737: ['UN-SC1737', 'IRN', 2006],
  1747: ['UN-SC1737', 'IRN', 2007],
  1803: ['UN-SC1737', 'IRN', 2008],
  1929: ['UN-SC1737', 'IRN', 2010],
  2231: ['UN-SC1737', 'IRN', 2015],
  1970: ['UN-SC1970', 'LBY', 2011],
  1973: ['UN-SC1970', 'LBY', 2011],
  1267: ['UN-SCISIL', null, 1999],
  1989: ['UN-SCISIL', null, 2011],
  2253: ['UN-SCISIL', null, 2015],
  1988: ['UN-SC1988', 'AFG', 2011],
  1518: ['UN-SC1518', 'IRQ', 2003],
  1533: ['UN-SC1533', 'COD', 2004],
  1591: ['UN-SC1591', 'SDN', 2005],
  2048: ['UN-SC2048', 'GNB', 2012],
  2127: ['UN-SC2127', 'CAF', 2013],
  2140: ['UN-SC2140', 'YEM', 2014],
  2206: ['UN-SC2206', 'SSD', 2015],
  2653: ['UN-SC2653', 'HTI', 2022],
  2713: ['UN-SC2713', 'SOM', 2023],
};

/** Measure vocabulary, longest first, found in the clause after "bars/bans/prohibits". */
const MEASURES = [
  'technical training',
  'training',
  'advice',
  'services',
  'assistance',
  'financial transactions',
  'arms embargo',
  'asset freeze',
  'travel ban',
  'ballistic missiles',
  'missiles',
  'nuclear weapons',
  'light weapons',
  'small arms',
  'weapons of mass destruction',
  'luxury goods',
  'coal',
  'iron',
  'oil',
  'petroleum',
  'textiles',
  'seafood',
  'arms',
  'exports',
  'imports',
  'investment',
];
const APPROVE = new Set(['approved', 'backed', 'supported', 'endorsed', 'adopted', 'voted']);
const BAR = new Set([
  'bars',
  'bar',
  'barred',
  'bans',
  'ban',
  'banned',
  'prohibits',
  'prohibited',
  'forbids',
  'restricts',
  'imposes',
  'imposed',
]);

function measuresOf(clause: string): string[] {
  const low = clause.toLowerCase();
  const found: string[] = [];
  for (const m of MEASURES) if (new RegExp(`\\b${m}\\b`).test(low) && !found.some((f) => f.includes(m))) found.push(m);
  return found;
}

export class SanctionTracker {
  private readonly sanctions: ExtractedSanction[] = [];
  /** States said to have approved UN sanctions before a resolution was named. */
  private pendingApproval: ActorRef[] = [];

  constructor(private readonly gaz: Gazetteer) {}

  result(): ExtractedSanction[] {
    return this.sanctions;
  }

  feed(s: Sentence, tokens: Token[], mentions: ActorMention[]): void {
    const folds = tokens.map((t) => t.fold);
    const sanctionWord = folds.some(
      (f) => f === 'sanctions' || f === 'sanction' || f === 'resolution' || f === 'resolutions',
    );
    if (!sanctionWord) return;
    const approvers = this.approvers(tokens, mentions);
    const here: ExtractedSanction[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (folds[i] !== 'resolution' && folds[i] !== 'resolutions' && folds[i] !== 'unscr') continue;
      for (let k = i + 1; k < Math.min(tokens.length, i + 8); k++) {
        const t = tokens[k] as Token;
        if (!/^\d{3,4}$/.test(t.text)) {
          if (t.fold === 'and' || t.fold === ',' || t.fold === 'no') continue;
          break;
        }
        here.push(this.resolution(Number(t.text), s, tokens, mentions, i));
      }
    }
    const unMentioned = mentions.some((m) => m.key === 'UN' || m.key === 'UNSC');
    if (approvers.length && here.length === 0 && unMentioned) this.pendingApproval.push(...approvers);
    for (const r of here) {
      for (const a of [...approvers, ...this.pendingApproval])
        if (!r.approvedBy.some((x) => x.key === a.key)) r.approvedBy.push(a);
    }
    if (here.length) this.pendingApproval = [];
  }

  private approvers(tokens: Token[], mentions: ActorMention[]): ActorRef[] {
    const out: ActorRef[] = [];
    tokens.forEach((t, k) => {
      if (!APPROVE.has(t.fold)) return;
      if (tokens[k + 1]?.fold === 'by') {
        for (const m of mentions.filter((x) => x.from > k + 1 && x.from <= k + 3)) {
          const a = relationActor(this.gaz, m);
          if (a?.ref.kind === 'State') out.push(a.ref);
        }
      } else if (t.fold === 'voted' && tokens[k + 1]?.fold === 'for') {
        const m = [...mentions].reverse().find((x) => x.to <= k && x.to >= k - 3);
        const a = m ? relationActor(this.gaz, m) : null;
        if (a?.ref.kind === 'State') out.push(a.ref);
      }
    });
    return out;
  }

  private resolution(n: number, s: Sentence, tokens: Token[], mentions: ActorMention[], at: number): ExtractedSanction {
    const key = `UNSCR-${n}`;
    const row = UN_RESOLUTIONS[n];
    let rec = this.sanctions.find((x) => x.key === key);
    if (!rec) {
      rec = {
        key,
        name: `UN Security Council Resolution ${n}`,
        resolution: n,
        year: row?.[2] ?? null,
        regime: row?.[0] ?? null,
        imposer: {
          kind: 'Organization',
          key: 'UNSC',
          name: this.gaz.organizations.get('UNSC')?.name ?? 'UN Security Council',
        },
        target: row?.[1] ? stateRef(this.gaz, row[1]) : null,
        measures: [],
        measuresText: null,
        approvedBy: [],
        evidence: [],
      };
      this.sanctions.push(rec);
    }
    if (rec.evidence[rec.evidence.length - 1]?.start !== s.start)
      rec.evidence.push({ sentence: s.text, start: s.start, end: s.end });
    const year = /\b(?:\((19|20)\d\d\)|(?:passed|adopted|approved) in ((?:19|20)\d\d))/.exec(s.text);
    if (year) rec.year = Number((year[0].match(/(19|20)\d\d/) ?? [])[0]);
    // "bars Pyongyang from …": the target and the measures.
    const barAt = tokens.findIndex((t, k) => k > at && BAR.has(t.fold));
    if (barAt >= 0) {
      const tm = mentions.find((m) => m.from > barAt && m.from <= barAt + 3 && m.kind === 'State');
      if (tm) rec.target = mentionRef(this.gaz, tm);
      const fromTok = tokens.find((t, k) => k > barAt && t.fold === 'from');
      const clause = fromTok
        ? s.text.slice(fromTok.end - s.start)
        : s.text.slice((tokens[barAt] as Token).end - s.start);
      const measures = measuresOf(clause);
      if (measures.length) {
        rec.measures = measures;
        rec.measuresText = clause.replace(/^\s+|[.\s]+$/g, '');
      }
    }
    return rec;
  }
}
