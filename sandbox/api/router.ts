/** Matches a method and path against `/segment/:param` patterns. */

export type Method = 'GET' | 'POST' | 'PUT';

export interface Route<H> {
  method: Method;
  /** e.g. `/api/v3/companies/:companyId/accounts` */
  pattern: string;
  handler: H;
}

export type RouteMatch<H> =
  | { kind: 'found'; handler: H; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' };

function matchPattern(pattern: string, pathname: string): Record<string, string> | undefined {
  const expected = pattern.split('/');
  const actual = pathname.split('/');
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < expected.length; i += 1) {
    const want = expected[i] ?? '';
    const got = actual[i] ?? '';
    if (want.startsWith(':')) {
      if (got === '') return undefined;
      let decoded: string;
      try {
        decoded = decodeURIComponent(got);
      } catch {
        // Broken percent-encoding cannot name any resource.
        return undefined;
      }
      params[want.slice(1)] = decoded;
    } else if (want !== got) {
      return undefined;
    }
  }
  return params;
}

export function matchRoute<H>(routes: readonly Route<H>[], method: string, pathname: string): RouteMatch<H> {
  const allow = new Set<string>();
  for (const route of routes) {
    const params = matchPattern(route.pattern, pathname);
    if (params === undefined) continue;
    // HEAD is GET without a body (RFC 9110 §9.3.2); Node drops the body itself.
    if (route.method === method || (route.method === 'GET' && method === 'HEAD')) return { kind: 'found', handler: route.handler, params };
    allow.add(route.method);
    if (route.method === 'GET') allow.add('HEAD');
  }
  if (allow.size === 0) return { kind: 'not-found' };
  allow.add('OPTIONS');
  return { kind: 'method-not-allowed', allow: [...allow] };
}
