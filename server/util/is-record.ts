/** Whether a parsed JSON value (or anything else) is a plain object whose fields can be read by name. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
