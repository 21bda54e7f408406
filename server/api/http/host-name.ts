/** The host name of a Host header, without its port ("[::1]:8080" gives "[::1]"), lower-cased; "" when there is none. */
export function hostName(host: string | undefined): string {
  if (!host) return '';
  const offset = host.startsWith('[') ? host.indexOf(']') + 1 : 0;
  const colon = host.indexOf(':', offset);
  return (colon === -1 ? host : host.slice(0, colon)).toLowerCase();
}
