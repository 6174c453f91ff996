import type { Exchange } from '../../../auth';

/** What a pushed authorization request (RFC 9126 §2.2) answered: the reference to use instead of the parameters. */
export function pushedAnswer(exchange: Exchange): { requestUri: string; expiresIn?: number } | undefined {
  const answer = exchange.received && typeof exchange.received === 'object' ? (exchange.received as Record<string, unknown>) : {};
  if (typeof answer.request_uri !== 'string') return undefined;
  return { requestUri: answer.request_uri, ...(typeof answer.expires_in === 'number' ? { expiresIn: answer.expires_in } : {}) };
}

/** The earlier push whose request_uri an authorization request carries (RFC 9126 §4), if this log holds it. */
export function pushedRequestOf(authorize: Exchange, exchanges: Exchange[]): Exchange | undefined {
  const requestUri = authorize.sent.request_uri;
  if (authorize.kind !== 'authorize' || !requestUri) return undefined;
  return exchanges.findLast((exchange) => exchange.kind === 'par' && exchange.id < authorize.id && pushedAnswer(exchange)?.requestUri === requestUri);
}
