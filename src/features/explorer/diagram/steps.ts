import type { Exchange } from '../../../auth/wire-log';

export type Lane = 'app' | 'identity' | 'api';
export type Outcome = 'ok' | 'redirect' | 'fail';

export interface Step {
  exchange: Exchange;
  from: Lane;
  to: Lane;
  outcome: Outcome;
  /** What the step did beyond its kind: the grant of a token request, the scheme of an API call. */
  detail?: string;
  /** Whether the request carried a DPoP proof (RFC 9449). */
  proof: boolean;
  /** What came back that the next step uses: a pushed request's request_uri. */
  answer?: 'request_uri';
}

export const lanes: Lane[] = ['app', 'identity', 'api'];

function outcomeOf(exchange: Exchange): Outcome {
  if (exchange.error || (exchange.status !== undefined && (exchange.status >= 400 || exchange.status === 0))) return 'fail';
  const answer = exchange.received && typeof exchange.received === 'object' ? (exchange.received as Record<string, unknown>) : {};
  if (exchange.kind === 'callback' && typeof answer.error === 'string') return 'fail';
  return exchange.status === undefined ? 'redirect' : 'ok';
}

function detailOf(exchange: Exchange): string | undefined {
  if (exchange.kind === 'token') return exchange.sent.grant_type;
  if (exchange.kind === 'api') return exchange.authScheme;
  if (exchange.kind === 'authorize') return exchange.sent.response_type ?? (exchange.sent.request_uri ? 'request_uri' : undefined);
  if (exchange.kind === 'callback' && exchange.received && typeof exchange.received === 'object') {
    const answer = exchange.received as Record<string, unknown>;
    return typeof answer.error === 'string' ? answer.error : undefined;
  }
  return undefined;
}

/** One arrow per recorded exchange, in order: who sent it to whom and how it ended. */
export function diagramSteps(exchanges: Exchange[]): Step[] {
  const apiOrigins = new Set(exchanges.filter((exchange) => exchange.kind === 'api').map((exchange) => new URL(exchange.url).origin));
  return exchanges.map((exchange) => {
    const server: Lane = exchange.kind === 'api' || (exchange.kind === 'other' && apiOrigins.has(new URL(exchange.url).origin)) ? 'api' : 'identity';
    const backToApp = exchange.kind === 'callback';
    const detail = detailOf(exchange);
    const answered = exchange.kind === 'par' && exchange.received && typeof exchange.received === 'object' && typeof (exchange.received as Record<string, unknown>).request_uri === 'string';
    return {
      exchange,
      from: backToApp ? 'identity' : 'app',
      to: backToApp ? 'app' : server,
      outcome: outcomeOf(exchange),
      ...(detail ? { detail } : {}),
      proof: exchange.sent.DPoP !== undefined,
      ...(answered ? { answer: 'request_uri' as const } : {}),
    };
  });
}
