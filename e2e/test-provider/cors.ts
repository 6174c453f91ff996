import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * CORS for the app's origins only, on everything the SPA fetches (discovery, JWKS, token, userinfo,
 * revocation, API); other origins get no CORS headers, so their browsers refuse the response.
 */
export interface Cors {
  /** Headers for an actual request. */
  headersFor(req: IncomingMessage): Record<string, string>;
  /** Answers a preflight and returns true, or returns false when `req` is no preflight. */
  answerPreflight(req: IncomingMessage, res: ServerResponse): boolean;
}

export function createCors(appOrigins: readonly string[]): Cors {
  const allowed = new Set(appOrigins);
  const headersFor = (req: IncomingMessage): Record<string, string> => {
    const origin = req.headers.origin;
    if (origin === undefined || !allowed.has(origin)) return { Vary: 'Origin' };
    // The app reads the challenge after a 401 to tell an expired token from a missing one.
    return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'WWW-Authenticate', Vary: 'Origin' };
  };
  return {
    headersFor,
    answerPreflight(req, res) {
      if (req.method !== 'OPTIONS' || req.headers['access-control-request-method'] === undefined) return false;
      const headers = headersFor(req);
      if ('Access-Control-Allow-Origin' in headers) {
        Object.assign(headers, {
          'Access-Control-Allow-Methods': 'GET, POST',
          'Access-Control-Allow-Headers': 'Authorization, Content-Type',
          'Access-Control-Max-Age': '600',
        });
      }
      res.writeHead(204, headers);
      res.end();
      return true;
    },
  };
}
