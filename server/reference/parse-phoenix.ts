// Phoenix country actors (openeventdata, MIT, to January 2014; data/phoenix/) -> mentions:
// every person entry ("NAME_  # CountryInfo.txt", "+ALIAS_" lines) with its dated government
// roles ("[RUSGOVMIL >030101]"). Elite roles (ELI: former officials, family) are not offices.
import type { LeaderMention, OfficeFacet } from './leader-mention.ts';

const PHOENIX_SOURCE = 'phoenix:Phoenix.Countries.actors.txt';
const AS_OF = '2014-01-30';

/** Sector codes that name a portfolio. */
const PORTFOLIO: Record<string, string> = { MIL: 'defence', JUD: 'justice', HLH: 'health', BUS: 'economy' };

/** Alias words that make an alias a title or a body rather than another spelling of the name. */
const NOT_A_NAME =
  /\b(PRESIDENT|MINISTER|SECRETARY|COMMITTEE|PARTY|GENERAL|OF|THE|CHAIRMAN|LEADER|PRIME|KING|PRINCE)\b/;

const titleCase = (w: string) =>
  w.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
const nameOf = (raw: string) => titleCase(raw.replace(/_+$/, '').replace(/_/g, ' ').trim());

/** "YYMMDD" -> "YYYY-MM-DD": Phoenix years up to 20 are of this century. */
function day(s: string): string | null {
  if (!/^\d{6}$/.test(s)) return null;
  const yy = Number(s.slice(0, 2));
  return `${yy <= 20 ? 2000 + yy : 1900 + yy}-${s.slice(2, 4)}-${s.slice(4, 6)}`;
}

export function parsePhoenix(text: string, isStateCode: (iso3: string) => boolean): { mentions: LeaderMention[] } {
  const mentions: LeaderMention[] = [];
  const lines = text.split('\n');
  let person: { name: string; aliases: string[]; line: number } | null = null;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (/^[A-Z]/.test(line)) {
      person = /#\s*CountryInfo/.test(line)
        ? { name: nameOf(line.split('#')[0] as string), aliases: [], line: i + 1 }
        : null;
      return;
    }
    if (!person) return;
    if (line.startsWith('+')) {
      const raw = (line.slice(1).split('#')[0] as string).trim();
      const a = nameOf(raw);
      const words = a.split(' ').length;
      if (words >= 2 && words <= 4 && !NOT_A_NAME.test(raw.replace(/_/g, ' '))) person.aliases.push(a);
      return;
    }
    const m = /^\s+\[([A-Z]{3})GOV([A-Z]{0,3})\s+(?:(\d{6})-(\d{6})|>(\d{6})|<(\d{6}))\]/.exec(line);
    if (!m || !isStateCode(m[1] as string)) return;
    const start = day(m[3] ?? m[5] ?? '');
    const end = day(m[4] ?? m[6] ?? '');
    const office: OfficeFacet = {
      holderKind: 'State',
      holder: m[1] as string,
      role: 'official',
      office: 'Government official',
      portfolio: PORTFOLIO[m[2] as string] ?? null,
      postedTo: null,
    };
    const p = person;
    mentions.push({
      source: 'phoenix',
      sourceKey: PHOENIX_SOURCE,
      line: i + 1,
      personId: `phoenix:${p.line}`,
      name: p.name,
      otherNames: [...p.aliases],
      state: office.holder,
      role: null,
      office,
      title: office.office,
      start,
      end,
      startPrecise: start !== null,
      endPrecise: end !== null,
      asOf: AS_OF,
    });
  });
  return { mentions };
}
