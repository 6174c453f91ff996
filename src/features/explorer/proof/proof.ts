import { base64url, calculateJwkThumbprint, compactVerify, decodeJwt, decodeProtectedHeader, EmbeddedJWK, type JWK } from 'jose';
import type { Exchange, Revealed } from '../../../auth';

/**
 * A recorded DPoP proof (RFC 9449) read and checked the way a server checks it (§4.3), so the
 * explorer can say in words what each proof claimed and whether it held.
 *
 * Header and claims are not secret, but the compact proof is a credential until its iat window
 * closes (it can be replayed), so it stays masked: it is decoded from the raw value this page keeps
 * in memory, and only its header (which the masked value keeps) is read when that is gone.
 */

export interface ProofHeader {
  typ?: unknown;
  alg?: unknown;
  jwk?: JWK;
  /** RFC 7638 SHA-256 thumbprint of `jwk`, base64url: what a token's `cnf.jkt` names. */
  thumbprint?: string;
}

export interface ProofClaims {
  htm?: unknown;
  htu?: unknown;
  iat?: unknown;
  jti?: unknown;
  ath?: unknown;
  nonce?: unknown;
  /** Claims beyond RFC 9449's, by name. */
  other: Record<string, unknown>;
}

export type ProofCheck =
  | { check: 'typ'; status: 'ok' | 'wrong'; found: unknown }
  | { check: 'jwk'; status: 'ok' | 'missing' | 'private' }
  | { check: 'signature'; status: 'valid' | 'invalid' | 'not_checked' }
  | { check: 'htm'; status: 'match' | 'mismatch'; expected: string; found: unknown }
  | { check: 'htu'; status: 'match' | 'mismatch' | 'query'; expected: string; found: unknown }
  | { check: 'ath'; status: 'match' | 'mismatch' | 'missing' | 'token_unknown' | 'not_needed'; expected?: string }
  | { check: 'jkt'; status: 'match' | 'mismatch' | 'not_bound' | 'token_unknown'; jkt?: string; thumbprint?: string };

export type ProofInspection =
  | { state: 'decoded'; header: ProofHeader; claims: ProofClaims; checks: ProofCheck[] }
  /** `gone`: this page held it and no longer does (a reload, a cleared log); `not_in_file`: an imported file has it masked. */
  | { state: 'not_kept'; why: 'gone' | 'not_in_file'; header?: ProofHeader }
  | { state: 'malformed'; detail: string };

const goodStatuses = new Set(['ok', 'valid', 'match', 'not_needed']);

/** Whether a check passed, failed, or could not be made in this page. */
export function proofStatus(check: ProofCheck): 'good' | 'bad' | 'unknown' {
  if (check.status === 'token_unknown') return 'unknown';
  return goodStatuses.has(check.status) ? 'good' : 'bad';
}

const proofPath = 'sent.DPoP';
/** Members of a private JWK (RFC 7518 §6.2.2, §6.3.2): a proof that carries one has leaked its key. */
const privateMembers = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function headerOf(compact: string): Promise<ProofHeader> {
  const { typ, alg, jwk } = decodeProtectedHeader(compact);
  let thumbprint: string | undefined;
  try {
    thumbprint = jwk ? await calculateJwkThumbprint(jwk, 'sha256') : undefined;
  } catch {
    thumbprint = undefined;
  }
  return { typ, alg, ...(jwk ? { jwk } : {}), ...(thumbprint ? { thumbprint } : {}) };
}

/** The request URL as RFC 9449 §4.3 compares it: normalised, without query and fragment. */
function withoutQuery(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return undefined;
  }
}

function htuCheck(htu: unknown, requestUrl: string): ProofCheck {
  const expected = withoutQuery(requestUrl) ?? requestUrl;
  const found = typeof htu === 'string' ? htu : undefined;
  if (found === undefined || withoutQuery(found) !== expected) return { check: 'htu', status: 'mismatch', expected, found: htu };
  return { check: 'htu', status: /[?#]/.test(found) ? 'query' : 'match', expected, found: htu };
}

const shown = (revealed: Revealed | null) => (revealed?.state === 'shown' ? revealed.value : undefined);

/** base64url(SHA-256(ASCII(access token))), RFC 9449 §4.2. */
async function athOf(accessToken: string): Promise<string> {
  return base64url.encode(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(accessToken))));
}

function jktOf(accessToken: string): string | undefined {
  try {
    const cnf = decodeJwt(accessToken).cnf;
    return cnf && typeof cnf === 'object' && 'jkt' in cnf && typeof cnf.jkt === 'string' ? cnf.jkt : undefined;
  } catch {
    // An opaque token says nothing about its binding to whoever cannot introspect it.
    return undefined;
  }
}

async function checksOf(compact: string, header: ProofHeader, claims: ProofClaims, exchange: Exchange, reveal: (path: string) => Revealed | null): Promise<ProofCheck[]> {
  const isPrivate = header.jwk !== undefined && privateMembers.some((name) => name in (header.jwk ?? {}));
  let signature: 'valid' | 'invalid' | 'not_checked' = 'not_checked';
  if (header.jwk && !isPrivate) {
    try {
      await compactVerify(compact, EmbeddedJWK);
      signature = 'valid';
    } catch {
      signature = 'invalid';
    }
  }
  const sentToken = exchange.authScheme ? shown(reveal('sent.Authorization'))?.replace(/^\S+\s+/, '') : undefined;
  const token = sentToken ?? (exchange.kind === 'token' ? shown(reveal('received.access_token')) : undefined);

  let ath: ProofCheck;
  if (!exchange.authScheme) ath = { check: 'ath', status: 'not_needed' };
  else if (claims.ath === undefined) ath = { check: 'ath', status: 'missing' };
  else if (!sentToken) ath = { check: 'ath', status: 'token_unknown' };
  else {
    const expected = await athOf(sentToken);
    ath = { check: 'ath', status: claims.ath === expected ? 'match' : 'mismatch', expected };
  }

  let jkt: ProofCheck;
  if (!token) jkt = { check: 'jkt', status: 'token_unknown' };
  else {
    const bound = jktOf(token);
    if (!bound) jkt = { check: 'jkt', status: 'not_bound' };
    else jkt = { check: 'jkt', status: bound === header.thumbprint ? 'match' : 'mismatch', jkt: bound, ...(header.thumbprint ? { thumbprint: header.thumbprint } : {}) };
  }

  return [
    { check: 'typ', status: header.typ === 'dpop+jwt' ? 'ok' : 'wrong', found: header.typ },
    { check: 'jwk', status: !header.jwk || !header.thumbprint ? 'missing' : isPrivate ? 'private' : 'ok' },
    { check: 'signature', status: signature },
    { check: 'htm', status: claims.htm === exchange.method ? 'match' : 'mismatch', expected: exchange.method, found: claims.htm },
    htuCheck(claims.htu, exchange.url),
    ath,
    jkt,
  ];
}

/** The DPoP proof an exchange carried, decoded and checked; undefined when it carried none. */
export async function inspectProof(exchange: Exchange, reveal: (path: string) => Revealed | null): Promise<ProofInspection | undefined> {
  const recorded = exchange.sent.DPoP;
  if (recorded === undefined) return undefined;
  const revealed = reveal(proofPath);
  // A file exported with secrets holds the proof itself; otherwise only the masked value is here.
  const compact = revealed?.state === 'shown' ? revealed.value : revealed === null && !recorded.includes('…') ? recorded : undefined;
  if (compact === undefined) {
    let header: ProofHeader | undefined;
    try {
      header = await headerOf(`${recorded.split('.')[0] ?? ''}..`);
    } catch {
      header = undefined;
    }
    return { state: 'not_kept', why: revealed === null ? 'not_in_file' : 'gone', ...(header ? { header } : {}) };
  }
  let header: ProofHeader;
  let claims: ProofClaims;
  try {
    header = await headerOf(compact);
    const { htm, htu, iat, jti, ath, nonce, ...other } = decodeJwt(compact);
    claims = { htm, htu, iat, jti, ath, nonce, other };
  } catch (error) {
    return { state: 'malformed', detail: detailOf(error) };
  }
  return { state: 'decoded', header, claims, checks: await checksOf(compact, header, claims, exchange, reveal) };
}

/** Thumbprints of the keys that signed the proofs recorded in these exchanges (read from each proof's header). */
export async function proofThumbprints(exchanges: Exchange[]): Promise<string[]> {
  const headers = await Promise.all(
    exchanges
      .map((exchange) => exchange.sent.DPoP)
      .filter((proof): proof is string => proof !== undefined)
      .map((proof) => headerOf(`${proof.split('.')[0] ?? ''}..`).catch(() => undefined)),
  );
  return [...new Set(headers.map((header) => header?.thumbprint).filter((thumbprint): thumbprint is string => thumbprint !== undefined))];
}
