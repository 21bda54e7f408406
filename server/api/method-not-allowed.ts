import type { Express } from 'express';
import type { AnyRoute } from './route-def.ts';

/**
 * A known path asked with a method it does not take answers 405 with the methods it does take in `Allow`
 * (RFC 9110 §15.5.6), rather than the 404 of an unknown path. OPTIONS answers 204 with the same list.
 */
export function methodNotAllowed(app: Express, routes: AnyRoute[]): void {
  const byPath = new Map<string, Set<string>>();
  for (const r of routes) {
    const methods = byPath.get(r.path) ?? new Set<string>();
    methods.add(r.method.toUpperCase());
    if (r.method === 'get') methods.add('HEAD');
    byPath.set(r.path, methods);
  }
  for (const [path, methods] of byPath) {
    const allow = [...methods, 'OPTIONS'].join(', ');
    // route().all(), not app.all(): one handler for every method, which the router marks as such (`_all`).
    app.route(path).all((req, res) => {
      res.set('Allow', allow);
      if (req.method === 'OPTIONS') {
        res.status(204).end();
        return;
      }
      res.status(405).json({
        error: { code: 'method_not_allowed', message: `${req.method} is not allowed on ${path}; allowed: ${allow}` },
      });
    });
  }
}
