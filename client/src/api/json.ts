/** What `JSON.parse` can give: the only shapes an API answer is made of. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

// Guards for reading fields of an answer: each gives the value when it has the expected shape, else a neutral one,
// so a panel never prints "[object Object]" and never throws on a field the server left out.

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value as an object, or an empty one. */
export const asObject = (v: unknown): JsonObject => (isObject(v) ? v : {});

/** The value as an object, or null. */
export const asObjectOrNull = (v: unknown): JsonObject | null => (isObject(v) ? v : null);

/** The objects of a list (anything else in it is skipped); not a list, none. */
export const asObjects = (v: unknown): JsonObject[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** A scalar as text (numbers and flags written out); null for a missing value, an object or a list. */
export function asText(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return null;
}

/** The scalars of a list as text; not a list, none. */
export const asTexts = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(asText).filter((s): s is string => s !== null) : [];

/** A string, or null for anything else. */
export const asString = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** A number, or null for anything else. */
export const asNumber = (v: unknown): number | null => (typeof v === 'number' ? v : null);
