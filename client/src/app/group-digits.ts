/**
 * An integer with comma thousands separators, as en-US writes it ("12,345"). Written out because the first
 * `toLocaleString` call of a page loads ICU's number data, a few milliseconds spent before the first frame.
 */
export function groupDigits(n: number): string {
  const digits = String(Math.abs(Math.trunc(n)));
  let out = '';
  for (let i = digits.length; i > 0; i -= 3) out = digits.slice(Math.max(0, i - 3), i) + (out ? `,${out}` : '');
  return n < 0 && digits !== '0' ? `-${out}` : out;
}
