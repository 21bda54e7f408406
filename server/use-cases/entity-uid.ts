/** What users type for an entity: a state code ("PRK") or a uid ("Leader:kim-jong-un"). */
export const entityUid = (ref: string): string => (/^[A-Za-z]{3}$/.test(ref) ? `State:${ref.toUpperCase()}` : ref);
