type Office = Record<string, unknown> & { start: string | null; end: string | null };

/** Offices newest first, each flagged current when it has no end. */
export function sortOffices<T extends Office>(offices: readonly T[]): (T & { current: boolean })[] {
  return offices
    .map((o) => ({ ...o, current: o.end === null || o.end === undefined }))
    .sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));
}
