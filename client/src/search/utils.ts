/** The next highlighted option for arrow keys, wrapping around; -1 when the list is empty. */
export function moveActive(active: number, delta: number, count: number): number {
  if (count === 0) return -1;
  if (active < 0) return delta > 0 ? 0 : count - 1;
  return (active + delta + count) % count;
}

/** Whether a query is worth sending: the API needs one searchable character. */
export const searchable = (q: string): boolean => /[\p{L}\p{N}]/u.test(q);
