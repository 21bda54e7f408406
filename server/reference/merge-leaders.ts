// Clusters leader mentions into people and their spans into LEADS records.
// Two mentions are one person when (1) they share a data-set id (REIGN or
// Archigos leadid, Wikidata QID), (2) same state and the same name tokens, or
// (3) same state, overlapping dates and compatible names, spellings and short given names folded ("Clinton" ~ "Bill
// Clinton"), taking the best-overlapping candidate of each other data set.
// A union is refused when it would join two QIDs or birth years > 3 apart.
import type { LeaderRecord, LeadsRecord } from '../model/types.ts';
import { dayNumber, type LeaderMention, type LeaderSource } from './leader-mention.ts';
import { leaderKey, nameTokens } from './leader-key.ts';
import { LEADER_FULL_NAMES } from './leader-full-names.ts';
import { KNOWN_AS } from './known-as-names.ts';
import { mergeSpans } from './merge-spans.ts';
import { pushTo } from '../util/push-to.ts';
import { variantName, variantsCompatible } from './leader-variant.ts';
import { mergeOffices, type ReferenceHoldsRecord } from './merge-offices.ts';

export interface ReferenceLeadsRecord extends LeadsRecord {
  /** every data set that reports this span; `source` is the first */
  sources: string[];
}

const SOURCE_ORDER: LeaderSource[] = [
  'reign',
  'archigos',
  'wikidata-peppercat',
  'wikidata-heads',
  'wikidata-peppercat-historic',
  'wikidata-peppercat-current',
  'officials',
  'pocom',
  'phoenix',
];
const rank = (s: LeaderSource) => SOURCE_ORDER.indexOf(s);

class Clusters {
  parent: number[];
  qids: (Set<string> | undefined)[];
  births: ([number, number] | undefined)[];
  constructor(ms: LeaderMention[]) {
    this.parent = ms.map((_, i) => i);
    this.qids = ms.map((m) => (m.qid ? new Set([m.qid]) : undefined));
    this.births = ms.map((m) => (m.birthYear ? [m.birthYear, m.birthYear] : undefined));
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    while (this.parent[i] !== r) [this.parent[i], i] = [r, this.parent[i] as number];
    return r;
  }
  union(a: number, b: number, force = false): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const qa = this.qids[ra];
    const qb = this.qids[rb];
    const qs = new Set([...(qa ?? []), ...(qb ?? [])]);
    const ba = this.births[ra];
    const bb = this.births[rb];
    const lo = Math.min(ba?.[0] ?? Infinity, bb?.[0] ?? Infinity);
    const hi = Math.max(ba?.[1] ?? -Infinity, bb?.[1] ?? -Infinity);
    if (!force && (qs.size > 1 || (ba && bb && hi - lo > 3))) return false;
    this.parent[rb] = ra;
    this.qids[ra] = qs.size ? qs : undefined;
    this.births[ra] = Number.isFinite(lo) ? [lo, hi] : undefined;
    return true;
  }
}

const namesOf = (m: LeaderMention) => [m.name, ...(m.fullName ? [m.fullName] : []), ...m.otherNames].filter(Boolean);

function overlapDays(a: LeaderMention, b: LeaderMention): number {
  if (!a.start || !b.start) return 0;
  const s = Math.max(dayNumber(a.start), dayNumber(b.start));
  const e = Math.min(dayNumber(a.end ?? a.asOf), dayNumber(b.end ?? b.asOf));
  // year-only dates: allow the year's slack so 2013 overlaps 2013-03-14
  const slack = a.startPrecise && b.startPrecise ? 0 : 366;
  return e + slack - s;
}

export interface MergedLeaders {
  leaders: LeaderRecord[];
  leads: ReferenceLeadsRecord[];
  holds: ReferenceHoldsRecord[];
}

export function mergeLeaders(input: LeaderMention[]): MergedLeaders {
  const ms = [...input].sort((a, b) => rank(a.source) - rank(b.source) || a.line - b.line);
  for (const m of ms) {
    const full = LEADER_FULL_NAMES[`${m.state}|${m.name}`];
    if (full && !m.fullName) m.fullName = full;
    const known = KNOWN_AS[`${m.state}|${m.name}`];
    if (known) m.otherNames = [...m.otherNames, ...known.filter((n) => !m.otherNames.includes(n))];
  }
  // QID-only labels take the name another row gives that QID
  const nameByQid = new Map<string, string>();
  for (const m of ms) if (m.qid && m.name && !nameByQid.has(m.qid)) nameByQid.set(m.qid, m.name);
  // a name with no Latin letters (a label in Arabic script) gives no key: such rows are left out
  const named = ms.filter((m) => (m.name ||= (m.qid && nameByQid.get(m.qid)) || '') && leaderKey(m.name) !== '');
  const uf = new Clusters(named);

  const byId = new Map<string, number>();
  const byName = new Map<string, number[]>();
  const byState = new Map<string, number[]>();
  named.forEach((m, i) => {
    if (m.personId) {
      const j = byId.get(m.personId);
      if (j === undefined) byId.set(m.personId, i);
      else uf.union(j, i, true);
    }
    for (const n of namesOf(m)) {
      const k = `${m.state}|${nameTokens(n).join(' ')}`;
      pushTo(byName, k, i);
    }
    // only leader rows take part in the fuzzy join below
    if (m.role && m.role !== 'foreign_minister' && m.office?.holderKind !== 'Organization') pushTo(byState, m.state, i);
  });
  for (const list of byName.values()) for (const i of list.slice(1)) uf.union(list[0] as number, i);

  // fuzzy join of the effective-leader sets to each other and to Wikidata
  named.forEach((m, i) => {
    if (m.role !== 'effective') return;
    const best = new Map<LeaderSource, [number, number]>();
    for (const j of byState.get(m.state) ?? []) {
      const o = named[j] as LeaderMention;
      if (o.source === m.source || (o.role === 'effective' && rank(o.source) < rank(m.source))) continue;
      // a foreign minister or other official only joins on an exact name, never on a surname
      if (o.role === null || o.role === 'foreign_minister' || o.office?.holderKind === 'Organization') continue;
      const days = overlapDays(m, o);
      if (days <= 0) continue;
      // compatible once spellings and short given names are folded ("Kostas" ~ "Konstantinos Karamanlis")
      if (!namesOf(m).some((a) => namesOf(o).some((b) => variantsCompatible(a, b)))) continue;
      const cur = best.get(o.source);
      if (!cur || days > cur[1]) best.set(o.source, [j, days]);
    }
    for (const [j] of best.values()) uf.union(i, j);
  });

  joinVariants(named, uf);

  const groups = new Map<number, LeaderMention[]>();
  named.forEach((m, i) => {
    const r = uf.find(i);
    pushTo(groups, r, m);
  });
  // Phoenix (to 2014) adds spellings and spells to people other sets know; its ~12,000 lesser officials known to
  // no other set are left out, which keeps the reference load under a minute
  return buildRecords([...groups.values()].filter((g) => g.some((m) => m.source !== 'phoenix')));
}

/**
 * Rows without a data-set identity that another set spells differently ("Sergey Shoygu" in Phoenix,
 * "Sergei Shoigu" in Wikidata): the same state or body, overlapping dates and names compatible
 * once variants are folded, with two words in common; the best-overlapping candidate of each set.
 */
function joinVariants(named: LeaderMention[], uf: Clusters): void {
  const byToken = new Map<string, number[]>();
  const toks = named.map((m) => new Set(namesOf(m).flatMap((n) => variantName(n).split(' '))));
  named.forEach((m, i) => {
    for (const t of toks[i] as Set<string>) if (t.length > 2) pushTo(byToken, `${m.state}|${t}`, i);
  });
  named.forEach((m, i) => {
    if (m.qid || !m.office) return;
    const mine = [...(toks[i] as Set<string>)].filter((t) => t.length > 2);
    // the rarest word some other row shares (a patronymic only this row has is no help)
    const pool =
      mine
        .map((t) => byToken.get(`${m.state}|${t}`) ?? [])
        .filter((l) => l.length > 1)
        .sort((a, b) => a.length - b.length)[0] ?? [];
    const best = new Map<LeaderSource, [number, number]>();
    for (const j of pool) {
      const o = named[j] as LeaderMention;
      // effective-leader rows (REIGN, Archigos) join by the fuzzy rule above, not by spelling
      if (o.source === m.source || o.role === 'effective' || uf.find(i) === uf.find(j)) continue;
      const common = mine.filter((t) => (toks[j] as Set<string>).has(t)).length;
      if (common < 2 && mine.length > 1) continue;
      const days = overlapDays(m, o);
      if (days <= 0) continue;
      if (!variantsCompatible(m.name, o.name)) continue;
      const cur = best.get(o.source);
      if (!cur || days > cur[1]) best.set(o.source, [j, days]);
    }
    for (const [j] of best.values()) uf.union(i, j);
  });
}

/**
 * Name ranks: Wikidata labels (the sets the graph had first, then Peppercat's newer arrangement, so existing
 * keys stay), full names, the curated officials tables, other sets' names, POCOM and Phoenix spellings.
 */
const NAME_RANK: Partial<Record<LeaderSource, number>> = {
  'wikidata-peppercat-historic': 5,
  'wikidata-peppercat-current': 5,
  officials: 3,
  pocom: 1,
  phoenix: 1,
};

function pickName(ms: LeaderMention[]): string {
  const cands: [number, string][] = [];
  for (const m of ms) {
    if (m.source.startsWith('wikidata') && m.name) cands.push([NAME_RANK[m.source] ?? 6, m.name]);
    if (m.fullName) cands.push([4, m.fullName]);
    cands.push([NAME_RANK[m.source] ?? 2, m.name]);
  }
  cands.sort(
    (a, b) =>
      b[0] - a[0] ||
      nameTokens(b[1]).length - nameTokens(a[1]).length ||
      b[1].length - a[1].length ||
      (a[1] < b[1] ? -1 : 1),
  );
  return (cands[0] as [number, string])[1];
}

function buildRecords(groups: LeaderMention[][]): MergedLeaders {
  const people = groups.map((ms) => {
    const name = pickName(ms);
    const latest =
      ms
        .map((m) => m.start ?? '')
        .sort()
        .pop() ?? '';
    return { ms, name, base: leaderKey(name), latest };
  });
  // a shared key: the most recent keeps it, the others get birth year / QID / state
  const byKey = new Map<string, typeof people>();
  for (const p of people) pushTo(byKey, p.base, p);
  const taken = new Set<string>();
  const keyOf = new Map<(typeof people)[number], string>();
  for (const [base, ps] of [...byKey].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    ps.sort((a, b) =>
      a.latest > b.latest ? -1 : a.latest < b.latest ? 1 : (a.ms[0]?.line ?? 0) - (b.ms[0]?.line ?? 0),
    );
    ps.forEach((p, i) => {
      let key = base;
      if (i > 0) {
        const birth = p.ms.find((m) => m.birthYear)?.birthYear;
        const qid = p.ms.find((m) => m.qid)?.qid;
        const state = p.ms[0]?.state.toLowerCase() ?? 'x';
        for (const suffix of [birth, qid?.toLowerCase(), state, `${state}-${i}`]) {
          key = `${base}-${suffix}`;
          if (suffix !== undefined && !taken.has(key) && !byKey.has(key)) break;
        }
      }
      taken.add(key);
      keyOf.set(p, key);
    });
  }
  const leaders: LeaderRecord[] = [];
  const leads: ReferenceLeadsRecord[] = [];
  const holds: ReferenceHoldsRecord[] = [];
  for (const p of people) {
    const key = keyOf.get(p) as string;
    const aliasSet = new Map<string, string>();
    for (const m of p.ms)
      for (const n of namesOf(m)) if (n !== p.name && !aliasSet.has(n.toLowerCase())) aliasSet.set(n.toLowerCase(), n);
    const rec: LeaderRecord = {
      key,
      name: p.name,
      aliases: [...aliasSet.values()].sort(),
      sources: [...new Set(p.ms.map((m) => m.sourceKey))].sort(),
      aliasKeys: [...new Set([key, ...[p.name, ...aliasSet.values()].map(leaderKey)])].filter(Boolean),
    };
    const qid = p.ms.find((m) => m.qid)?.qid;
    if (qid) rec.wikidata = qid;
    const birth =
      p.ms.find((m) => m.birthYear && m.source.startsWith('wikidata'))?.birthYear ??
      p.ms.find((m) => m.birthYear)?.birthYear;
    if (birth) rec.birthYear = birth;
    const gender = p.ms.find((m) => m.gender)?.gender;
    if (gender) rec.gender = gender;
    leaders.push(rec);
    leads.push(...mergeSpans(key, p.ms));
    holds.push(...mergeOffices(key, p.ms));
  }
  leaders.sort((a, b) => (a.key < b.key ? -1 : 1));
  leads.sort((a, b) =>
    a.leader < b.leader
      ? -1
      : a.leader > b.leader
        ? 1
        : `${a.state}${a.role}${a.start}` < `${b.state}${b.role}${b.start}`
          ? -1
          : 1,
  );
  return { leaders, leads, holds };
}
