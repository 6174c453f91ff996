import { base64url } from 'jose';
import type { Exchange } from '../../../auth/wire-log';

/** The recorded exchanges, sorted into what the rules ask about. Reads nothing but the exchanges. */
export interface Flow {
  exchanges: Exchange[];
  authorizations: Exchange[];
  callbacks: Exchange[];
  tokenRequests: Exchange[];
  /** Pushed authorization requests (RFC 9126). */
  pushes: Exchange[];
  /** Step number of an exchange, as the timeline and the diagram count them. */
  step: (exchange: Exchange) => number;
  /** The issuer the discovery document named, when discovery was recorded. */
  issuer: string | undefined;
}

export const answerOf = (exchange: Exchange | undefined): Record<string, unknown> =>
  exchange?.received && typeof exchange.received === 'object' && !Array.isArray(exchange.received) ? (exchange.received as Record<string, unknown>) : {};

export const stringOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export function flowOf(exchanges: Exchange[]): Flow {
  const discovery = exchanges.find((exchange) => exchange.kind === 'discovery' && exchange.status === 200);
  return {
    exchanges,
    authorizations: exchanges.filter((exchange) => exchange.kind === 'authorize'),
    callbacks: exchanges.filter((exchange) => exchange.kind === 'callback'),
    tokenRequests: exchanges.filter((exchange) => exchange.kind === 'token'),
    pushes: exchanges.filter((exchange) => exchange.kind === 'par'),
    step: (exchange) => exchanges.indexOf(exchange) + 1,
    issuer: stringOf(answerOf(discovery).issuer),
  };
}

/** The push whose request_uri an authorization request carries, when it was recorded before it. */
export function pushFor(flow: Flow, authorize: Exchange): Exchange | undefined {
  const uri = authorize.sent.request_uri;
  if (uri === undefined) return undefined;
  return flow.exchanges
    .slice(0, flow.exchanges.indexOf(authorize))
    .reverse()
    .find((exchange) => exchange.kind === 'par' && stringOf(answerOf(exchange).request_uri) === uri);
}

/** An authorization request's parameters: a pushed request's are those pushed (RFC 9126 §4), and the exchange they were seen in. */
export function parametersOf(flow: Flow, authorize: Exchange): { sent: Record<string, string>; seenIn: Exchange } {
  const push = pushFor(flow, authorize);
  return push ? { sent: { ...push.sent, ...authorize.sent }, seenIn: push } : { sent: authorize.sent, seenIn: authorize };
}

/** The callback that answers an authorization request: the next one after it. */
export function callbackFor(flow: Flow, authorize: Exchange): Exchange | undefined {
  return flow.exchanges.slice(flow.exchanges.indexOf(authorize) + 1).find((exchange) => exchange.kind === 'callback' || exchange.kind === 'authorize');
}

/**
 * A JWT's protected header, also from a value masked to keep its header (the explorer's masking
 * does); null when the value is no JWT or its header was masked away.
 */
export function jwtHeader(value: string | undefined): Record<string, unknown> | null {
  const first = value?.split('.')[0];
  if (!value?.includes('.') || !first?.startsWith('eyJ')) return null;
  try {
    const header: unknown = JSON.parse(new TextDecoder().decode(base64url.decode(first)));
    return header && typeof header === 'object' ? (header as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A JWT's claims when the whole token was recorded (raw), else null. */
export function jwtClaims(value: string | undefined): Record<string, unknown> | null {
  const parts = value?.split('.');
  if (parts?.length !== 3 || !parts[1]) return null;
  try {
    const claims: unknown = JSON.parse(new TextDecoder().decode(base64url.decode(parts[1])));
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Where the app came back to: a loopback address may use http (RFC 8252 §7.3), anything else must be https. */
export function isSafeRedirect(uri: string): boolean {
  try {
    const url = new URL(uri);
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}
