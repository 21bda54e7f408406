import { z } from 'zod';
import { graphTypes } from '../use-cases/graph-types.ts';

// Shared pieces of every route's input. User values only ever reach Cypher as parameters;
// these schemas make sure they are also of the expected shape and size.

export const stateCode = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'expected an ISO 3166 alpha-3 code such as PRK')
  .transform((s) => s.toUpperCase())
  .describe('ISO 3166 alpha-3 code, e.g. PRK');

/** A state code or an entity uid ("Leader:kim-jong-un"). */
export const entityRef = z
  .string()
  .min(3)
  .max(300)
  .regex(
    /^([A-Za-z]{3}|(State|Leader|Organization|Sanction|Actor|Occasion|Message|Event|Source):.+)$/,
    'expected a state code (PRK) or a uid such as Leader:kim-jong-un',
  )
  .describe('a state code (PRK) or a uid such as Leader:kim-jong-un');

/** A day that exists: 2015-02-30 does not. */
const isCalendarDate = (s: string): boolean => {
  if (s.length < 10) return true;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

export const isoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isCalendarDate, 'no such day in the calendar')
  .describe('YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * A whole number written in decimal digits only: Number() would also take 0x10, 1e3, ' 7' or '', which a
 * client did not mean as numbers.
 */
export const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'expected a whole number in decimal digits')
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

export const cursor = z.string().max(600).optional().describe('nextCursor of the previous page');

export const key = (what: string) => z.string().min(1).max(300).describe(what);

export const cameoType = z
  .string()
  .regex(/^\d{2,4}$/, 'expected a CAMEO code or its prefix, e.g. 04 or 042')
  .describe('CAMEO code or prefix, e.g. 04 (consult) or 042');

export const quad = wholeNumber(1, 4).describe(
  'CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict',
);

export const direction = z
  .enum(['out', 'in', 'both'])
  .default('both')
  .describe('out: the state acts; in: it is acted upon');

/** A comma-separated list of graph relationship types. */
export const typeList = z
  .string()
  .max(400)
  .transform((s, ctx) => {
    const types = s
      .split(',')
      .map((t) => t.trim().toUpperCase())
      .filter((t) => t !== '');
    const unknown = types.filter((t) => !(graphTypes as string[]).includes(t));
    if (unknown.length > 0) {
      ctx.addIssue({ code: 'custom', message: `unknown type ${unknown.join(', ')}; known: ${graphTypes.join(', ')}` });
      return z.NEVER;
    }
    return types;
  })
  .describe(`comma-separated relationship types: ${graphTypes.join(', ')}`);

export const searchKinds = z
  .string()
  .max(100)
  .transform((s, ctx) => {
    const kinds = s
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '');
    const known = ['State', 'Leader', 'Organization', 'Sanction'];
    const bad = kinds.filter((k) => !known.includes(k));
    if (bad.length > 0) {
      ctx.addIssue({ code: 'custom', message: `unknown kind ${bad.join(', ')}; known: ${known.join(', ')}` });
      return z.NEVER;
    }
    return kinds;
  })
  .describe('comma-separated kinds: State, Leader, Organization, Sanction');
