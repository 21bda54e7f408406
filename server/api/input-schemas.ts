import { z } from 'zod';
import type { CursorKind } from '../use-cases/cursor.ts';
import { graphTypes } from '../use-cases/graph-types.ts';

// Shared pieces of every route's input. User values only ever reach Cypher as parameters;
// these schemas make sure they are also of the expected shape and size.

/**
 * Text of min to max characters, counted as JSON Schema counts them: by code point, so an emoji is one character
 * (zod's own min/max count UTF-16 units, and would refuse 200 emoji that the document's maxLength 200 allows).
 */
export const text = (min: number, max: number) =>
  z
    .string()
    .refine(
      (s) => {
        const n = [...s].length;
        return n >= min && n <= max;
      },
      { message: `expected ${min} to ${max} characters` },
    )
    .meta({ minLength: min, maxLength: max });

export const stateCode = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'expected an ISO 3166 alpha-3 code such as PRK')
  .transform((s) => s.toUpperCase())
  .describe('ISO 3166 alpha-3 code, e.g. PRK');

/** A state code or an entity uid ("Leader:kim-jong-un"). */
export const entityRef = text(3, 300)
  .regex(
    /^([A-Za-z]{3}|(State|Leader|Organization|Sanction|Actor|Occasion|Message|Event|Source):[\s\S]+)$/,
    'expected a state code (PRK) or a uid such as Leader:kim-jong-un',
  )
  .describe('a state code (PRK) or a uid such as Leader:kim-jong-un');

// Patterns say [0-9], not \d: a fuzzer reading the API document in Python takes \d for any Unicode digit.
const yyyy = '[0-9]{4}';
const leapYear = '(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
/** The days that exist, as a pattern the API document can state: 2015-02-30 and 2015-02-29 do not, 2016-02-29 does. */
const calendarDay = new RegExp(
  [
    `${yyyy}(?:-(?:0[1-9]|1[0-2]))?`,
    `${yyyy}-(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])`,
    `${yyyy}-(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)`,
    `${yyyy}-02-(?:0[1-9]|1[0-9]|2[0-8])`,
    `${leapYear}-02-29`,
  ]
    .map((p) => `^${p}$`)
    .join('|'),
);

export const isoDate = z
  .string()
  .regex(calendarDay, {
    error: (issue) =>
      /^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$/.test(String(issue.input))
        ? 'no such day in the calendar'
        : 'expected a date YYYY, YYYY-MM or YYYY-MM-DD',
  })
  .describe('YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * A whole number written in decimal digits only: Number() would also take 0x10, 1e3, ' 7' or '', which a
 * client did not mean as numbers.
 */
export const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^[0-9]{1,9}$/, 'expected a whole number in decimal digits')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    // Documented as what it stands for: an integer within its bounds.
    .meta({ type: 'integer', minimum: min, maximum: max });

export const limit = (def: number, max: number) => withDefault(wholeNumber(1, max), def, `page size, at most ${max}`);

/** A whole number with its default: given as the input it stands for, so the documented default survives the transform. */
export const withDefault = (s: ReturnType<typeof wholeNumber>, def: number, description?: string) => {
  const d = s.prefault(String(def));
  return description ? d.describe(description) : d;
};

/** The cursor of one kind of list: exactly the texts that kind decodes (see use-cases/cursor.ts). */
export const cursorOf = (kind: CursorKind<unknown>) =>
  z.string().regex(kind.pattern, 'not a cursor this API issued').optional().describe('nextCursor of the previous page');

export const key = (what: string) => text(1, 300).describe(what);

export const cameoType = z
  .string()
  .regex(/^[0-9]{2,4}$/, 'expected a CAMEO code or its prefix, e.g. 04 or 042')
  .describe('CAMEO code or prefix, e.g. 04 (consult) or 042');

export const quad = wholeNumber(1, 4).describe(
  'CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict',
);

export const direction = z
  .enum(['out', 'in', 'both'])
  .default('both')
  .describe('out: the state acts; in: it is acted upon');

/**
 * A comma-separated list of names, each one of `known`, written exactly: the pattern the document states is the
 * whole rule, so what it allows is served and what it does not is a 400 naming the unknown names.
 */
const commaList = (known: readonly string[], what: string, maxLength: number) => {
  const one = `(?:${known.join('|')})`;
  return z
    .string()
    .max(maxLength)
    .regex(new RegExp(`^${one}(?:,${one})*$`), {
      error: (issue) => {
        const unknown = String(issue.input)
          .split(',')
          .filter((t) => !known.includes(t));
        return `unknown ${what} ${unknown.map((t) => JSON.stringify(t)).join(', ')}; known: ${known.join(', ')}`;
      },
    })
    .transform((s) => s.split(','))
    .describe(`comma-separated ${what}s: ${known.join(', ')}`);
};

/** A comma-separated list of graph relationship types. */
export const typeList = commaList(graphTypes, 'type', 400);

export const searchKinds = commaList(['State', 'Leader', 'Organization', 'Sanction'], 'kind', 100);
