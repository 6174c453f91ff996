import type { IncomingMessage } from 'node:http';

/** CORS for the app's own origins only; everyone else gets no CORS headers and the browser refuses. */
export interface CorsPolicy {
  /** Headers for an actual request: empty unless the origin is allowed. */
  headersFor(origin: string | undefined): Record<string, string>;
  /** Headers for a preflight from an allowed origin, or undefined to refuse it. */
  preflightHeadersFor(origin: string | undefined): Record<string, string> | undefined;
}

export function isPreflight(req: IncomingMessage): boolean {
  return req.method === 'OPTIONS' && req.headers.origin !== undefined && req.headers['access-control-request-method'] !== undefined;
}

export function createCorsPolicy(appOrigins: readonly string[]): CorsPolicy {
  const allowed = new Set(appOrigins);
  const headersFor = (origin: string | undefined): Record<string, string> =>
    origin !== undefined && allowed.has(origin)
      ? {
          'Access-Control-Allow-Origin': origin,
          // The app reads these: the challenge after a 401 and the DPoP nonce to retry with.
          'Access-Control-Expose-Headers': 'WWW-Authenticate, DPoP-Nonce',
          Vary: 'Origin',
        }
      : { Vary: 'Origin' };
  return {
    headersFor,
    preflightHeadersFor(origin) {
      if (origin === undefined || !allowed.has(origin)) return undefined;
      return {
        ...headersFor(origin),
        'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
        // Idempotency-Key is accepted and ignored (v3 documents none), so a client that sends it is not refused.
        'Access-Control-Allow-Headers': 'Authorization, DPoP, Content-Type, Idempotency-Key',
        'Access-Control-Max-Age': '600',
      };
    },
  };
}
