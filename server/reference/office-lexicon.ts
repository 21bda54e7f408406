// Reads the office lexicon in data/offices/: which role and portfolio a data set's office title
// names (positions.tsv, portfolios.tsv) and which office a title in text names (titles.tsv).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OfficeRole } from '../model/types.ts';

export class OfficeLexiconError extends Error {
  constructor(file: string, line: number, what: string) {
    super(`stategraph/reference/office-lexicon: ${what} at ${file} line ${line}`);
    this.name = 'OfficeLexiconError';
  }
}

const ROLES = new Set<string>([
  'head_of_state',
  'head_of_government',
  'deputy',
  'minister',
  'envoy',
  'spokesperson',
  'head_of_body',
  'legislator',
  'judge',
  'official',
  'skip',
]);

export interface TitleEntry {
  phrase: string;
  role: OfficeRole;
  portfolio: string | null;
  /** the state or body a bare title means, or null */
  default: string | null;
  /** a pattern the office's own title must match, or null */
  office: RegExp | null;
}

export interface OfficeLexicon {
  /** The role and portfolio of an office title, or null when the title is not an office the graph keeps. */
  classify(title: string): { role: OfficeRole; portfolio: string | null } | null;
  portfolioOf(title: string): string | null;
  titles: TitleEntry[];
}

function rows(text: string, file: string, columns: number): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (cells.length !== columns)
      throw new OfficeLexiconError(file, i + 1, `expected ${columns} tab-separated columns`);
    out.push({ line: i + 1, cells });
  });
  return out.slice(1); // the header
}

function regex(src: string, file: string, line: number): RegExp {
  try {
    return new RegExp(src, 'i');
  } catch (e) {
    throw new OfficeLexiconError(file, line, `bad pattern: ${(e as Error).message}`);
  }
}

const dash = (s: string): string | null => (s.trim() === '-' ? null : s.trim());

/** Parses the three lexicon files' texts. */
export function parseOfficeLexicon(positions: string, portfolios: string, titles: string): OfficeLexicon {
  const pos = rows(positions, 'positions.tsv', 2).map(({ line, cells }) => {
    const role = (cells[1] as string).trim();
    if (!ROLES.has(role)) throw new OfficeLexiconError('positions.tsv', line, `unknown role "${role}"`);
    return { re: regex(cells[0] as string, 'positions.tsv', line), role };
  });
  const port = rows(portfolios, 'portfolios.tsv', 2).map(({ line, cells }) => ({
    re: regex(cells[0] as string, 'portfolios.tsv', line),
    portfolio: (cells[1] as string).trim(),
  }));
  const tit = rows(titles, 'titles.tsv', 5).map(({ line, cells }): TitleEntry => {
    const role = (cells[1] as string).trim();
    if (!ROLES.has(role) || role === 'skip') throw new OfficeLexiconError('titles.tsv', line, `unknown role "${role}"`);
    const office = dash(cells[4] as string);
    return {
      phrase: (cells[0] as string).trim(),
      role: role as OfficeRole,
      portfolio: dash(cells[2] as string),
      default: dash(cells[3] as string),
      office: office ? regex(office, 'titles.tsv', line) : null,
    };
  });
  const portfolioOf = (title: string): string | null => port.find((p) => p.re.test(title))?.portfolio ?? null;
  const cache = new Map<string, { role: OfficeRole; portfolio: string | null } | null>();
  const classify = (title: string) => {
    const hit = cache.get(title);
    if (hit !== undefined) return hit;
    const p = pos.find((r) => r.re.test(title));
    const v =
      !p || p.role === 'skip'
        ? null
        : {
            role: p.role as OfficeRole,
            portfolio: p.role === 'minister' || p.role === 'deputy' ? portfolioOf(title) : null,
          };
    cache.set(title, v);
    return v;
  };
  return { classify, portfolioOf, titles: tit };
}

let shipped: OfficeLexicon | undefined;

/** The lexicon shipped in data/offices/ (read once). */
export function loadOfficeLexicon(dataDir: string): OfficeLexicon {
  if (shipped) return shipped;
  const read = (f: string) => readFileSync(join(dataDir, 'offices', f), 'utf8');
  shipped = parseOfficeLexicon(read('positions.tsv'), read('portfolios.tsv'), read('titles.tsv'));
  return shipped;
}
