/** The lane of a state pair (FNV-1a of "a|b"): writers split by it never touch the same pair's summaries. */
export function pairLane(a: string | null, b: string | null, lanes: number): number {
  const key = `${a ?? ''}|${b ?? ''}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % lanes;
}
