/**
 * Whether an Accept-Encoding header lets the answer be sent in `encoding`: named with a q above 0, or covered by
 * "*" with a q above 0 when it is not named at all (a name weighs more than the wildcard). No header: only identity.
 */
export function acceptsEncoding(header: string | undefined, encoding: string): boolean {
  let named: number | null = null;
  let wildcard: number | null = null;
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim());
    if (!name) continue;
    const q = params.find((p) => /^q=/i.test(p));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    if (name.toLowerCase() === encoding) named = Number.isNaN(quality) ? 0 : quality;
    else if (name === '*') wildcard = Number.isNaN(quality) ? 0 : quality;
  }
  if (named !== null) return named > 0;
  if (wildcard !== null) return wildcard > 0;
  return encoding === 'identity';
}
