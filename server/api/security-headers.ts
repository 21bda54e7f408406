import helmet from 'helmet';

/**
 * helmet's headers with a CSP for the web page: everything from our own origin only; sigma's ForceAtlas2
 * layout runs in a worker made from a blob, and exports (PNG) are blob/data URLs. No upgrade-insecure-requests:
 * the server is plain HTTP on loopback by default.
 */
export const securityHeaders = () =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
  });
