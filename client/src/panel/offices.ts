import { asText } from '../api/json.ts';

type Row = Record<string, unknown>;

/**
 * One row per office: the same person in the same role from the same date, reported by several data sets,
 * is listed once (the row with a title wins, else the first).
 */
export function uniqueOffices<T extends Row>(rows: T[]): T[] {
  const seen = new Map<string, T>();
  for (const r of rows) {
    const id = `${asText(r.key ?? r.code ?? r.name) ?? ''}|${asText(r.role) ?? ''}|${asText(r.start) ?? ''}`;
    const had = seen.get(id);
    if (!had || (!had.title && r.title)) seen.set(id, r);
  }
  return [...seen.values()];
}
