import { ConfigError } from './config-error.ts';

const hostname = /^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)$/;

/** `::1` -> `[::1]`, as a Host header carries an IPv6 address. */
const asHostHeader = (h: string): string => (h.includes(':') && !h.startsWith('[') ? `[${h}]` : h).toLowerCase();

/**
 * The Host names the server answers to: loopback names and HOST by default (a wildcard listen address is not
 * a name), or exactly ALLOWED_HOSTS. A foreign Host is the shape of DNS rebinding, so it is refused everywhere.
 */
export function hostAllowlist(listenHost: string, allowedHosts: string | undefined): string[] {
  const entries =
    allowedHosts === undefined
      ? ['localhost', '127.0.0.1', '[::1]', ...(['0.0.0.0', '::'].includes(listenHost) ? [] : [listenHost])]
      : allowedHosts
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');
  const hosts = [...new Set(entries.map(asHostHeader))];
  const bad = hosts.filter((h) => !hostname.test(h));
  if (bad.length > 0)
    throw new ConfigError(
      `stategraph/config: invalid setting ALLOWED_HOSTS: ${bad.join(', ')} is not a host name or IP address`,
    );
  if (hosts.length === 0)
    throw new ConfigError('stategraph/config: invalid setting ALLOWED_HOSTS: no host names given');
  return hosts;
}

export type TrustProxy = boolean | number | string;

/** TRUST_PROXY as Express takes it: false (default), true, a hop count, or loopback/linklocal/uniquelocal and addresses. */
export function trustProxy(value: string | undefined): TrustProxy {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const parts = value.split(',').map((s) => s.trim());
  const ok = parts.every(
    (p) => ['loopback', 'linklocal', 'uniquelocal'].includes(p) || /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(p),
  );
  if (!ok)
    throw new ConfigError(
      `stategraph/config: invalid setting TRUST_PROXY: expected true, false, a hop count, loopback/uniquelocal or addresses, got ${value}`,
    );
  return parts.join(',');
}
