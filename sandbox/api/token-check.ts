import { decodeProtectedHeader, errors, jwtVerify } from 'jose';
import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import { checkDpopProof, DPOP_ALGORITHMS } from '../dpop.ts';
import type { DpopNonces, JtiReplayCache, ProofFailureReason } from '../dpop.ts';
import { HttpProblem } from './problem.ts';

/** Aritma's Open Banking API is the `bankservice` resource: its audience, scope and realm. */
export const RESOURCE = 'bankservice';

// Allows for clock drift between the identity server and this API (RFC 9068 §4 leaves the amount open).
const CLOCK_TOLERANCE_SECONDS = 30;

export interface TokenCheckOptions {
  /** Expected `iss`, e.g. http://localhost:5001. */
  issuer: string;
  /** Further issuers whose tokens count, e.g. a tenant path of the same identity server (same keys). */
  otherIssuers?: readonly string[];
  /** The issuer's signing keys. */
  jwks: JWTVerifyGetKey;
  /** The time `exp` and `nbf` are checked against. */
  now?: () => Date;
  /** DPoP (RFC 9449) state shared across requests; without it, only Bearer is accepted. */
  dpop?: DpopOptions;
}

export interface DpopOptions {
  replay: JtiReplayCache;
  nonces: DpopNonces;
  /** Demand a server nonce in every proof (answered with `use_dpop_nonce` and a `DPoP-Nonce` header). */
  requireNonce: boolean;
}

/** One request's credentials: the Authorization header and, for DPoP, the proof and what it must name. */
export interface AuthorizationRequest {
  authorization: string | undefined;
  /** The `DPoP` header. */
  proof?: string | undefined;
  method?: string;
  url?: URL;
}

/** Who a valid access token speaks for. */
export interface Principal {
  /** `sub` for a user, `client_id` for a client acting on its own behalf. */
  userId: string;
  /** A person's token (implicit, code, password) or a client's own (client_credentials: no `sub`, or `sub` = `client_id`). */
  kind: 'user' | 'client';
  name: string | undefined;
  email: string | undefined;
  scopes: string[];
  claims: JWTPayload;
}

/** Which check failed, for tests and logs; `description` says the same to a person. */
export type BearerFailureReason =
  | 'missing'
  | 'scheme'
  | 'malformed'
  | 'algorithm'
  | 'signature'
  | 'type'
  | 'issuer'
  | 'audience'
  | 'expired'
  | 'not-yet-valid'
  | 'claims'
  | 'scope'
  | 'keys-unavailable'
  | 'dpop-proof'
  | 'dpop-nonce'
  | 'dpop-binding';

export interface BearerFailure {
  ok: false;
  status: 401 | 403 | 503;
  /** The RFC 6750 / RFC 9449 error code; none when the request carried no credentials at all. */
  code: 'invalid_token' | 'insufficient_scope' | 'invalid_dpop_proof' | 'use_dpop_nonce' | undefined;
  reason: BearerFailureReason;
  description: string;
  /** The scheme to challenge with: DPoP for a DPoP request or a DPoP-bound token, else Bearer. */
  scheme?: 'Bearer' | 'DPoP';
  /** Which proof check failed, for a `dpop-proof` or `dpop-nonce` failure. */
  proofReason?: ProofFailureReason;
  /** Sent as `DPoP-Nonce` with `use_dpop_nonce`. */
  nonce?: string;
}

export type BearerResult = { ok: true; principal: Principal } | BearerFailure;

const fail = (status: BearerFailure['status'], code: BearerFailure['code'], reason: BearerFailureReason, description: string): BearerFailure => ({
  ok: false,
  status,
  code,
  reason,
  description,
});

const invalidToken = (reason: BearerFailureReason, description: string): BearerFailure => fail(401, 'invalid_token', reason, description);

/** Marks a failure to fetch the keys, which is the identity server's fault rather than the token's. */
class KeysUnavailable extends Error {}

function guardKeyLookup(jwks: JWTVerifyGetKey): JWTVerifyGetKey {
  return async (header, token) => {
    try {
      return await jwks(header, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
      throw new KeysUnavailable('signing keys unavailable', { cause: error });
    }
  };
}

function scopesOf(claims: JWTPayload): string[] {
  const scope = claims.scope;
  // IdentityServer sends an array when there are several scopes; RFC 9068 a space-delimited string.
  if (typeof scope === 'string') return scope.split(' ').filter(Boolean);
  if (Array.isArray(scope)) return scope.filter((item): item is string => typeof item === 'string');
  return [];
}

const stringClaim = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

function algorithmOf(token: string): string {
  try {
    return String(decodeProtectedHeader(token).alg);
  } catch {
    return 'unknown';
  }
}

function describeClaimFailure(error: errors.JWTClaimValidationFailed, issuer: string): BearerFailure {
  const missing = error.reason === 'missing';
  switch (error.claim) {
    case 'typ':
      return invalidToken('type', 'The token type (typ header) must be at+jwt: this is not an access token.');
    case 'iss':
      return invalidToken('issuer', missing ? 'The access token has no issuer (iss).' : `The access token issuer (iss) is not ${issuer}.`);
    case 'aud':
      return invalidToken('audience', missing ? 'The access token has no audience (aud).' : `The access token audience (aud) does not include ${RESOURCE}.`);
    case 'nbf':
      return invalidToken('not-yet-valid', 'The access token is not valid yet (nbf is in the future).');
    case 'exp':
      return invalidToken('expired', missing ? 'The access token has no expiry (exp).' : 'The access token expiry (exp) is not a number.');
    default:
      return invalidToken('claims', `The access token claim ${error.claim} is invalid.`);
  }
}

function describeError(error: unknown, token: string, issuer: string): BearerFailure {
  if (error instanceof KeysUnavailable) {
    return fail(503, undefined, 'keys-unavailable', `The signing keys of ${issuer} could not be loaded, so no token can be checked right now.`);
  }
  if (error instanceof errors.JWTExpired) {
    const exp = typeof error.payload.exp === 'number' ? ` at ${new Date(error.payload.exp * 1000).toISOString()}` : '';
    return invalidToken('expired', `The access token expired${exp}.`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return invalidToken('algorithm', `The access token signature must use RS256, not ${algorithmOf(token)}.`);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return invalidToken('signature', 'The access token signature is invalid.');
  }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return invalidToken('signature', `The access token signature cannot be verified: no single signing key of ${issuer} matches it.`);
  }
  if (error instanceof errors.JWTClaimValidationFailed) return describeClaimFailure(error, issuer);
  if (error instanceof errors.JOSEError) return invalidToken('malformed', 'The access token is not a well-formed signed JWT.');
  throw error;
}

/** The token's `cnf.jkt` (RFC 9449 §6.1), when it is bound to a DPoP key. */
function boundThumbprint(claims: JWTPayload): string | undefined {
  const cnf = claims.cnf;
  if (typeof cnf !== 'object' || cnf === null || !('jkt' in cnf)) return undefined;
  return typeof cnf.jkt === 'string' ? cnf.jkt : '';
}

const dpopFailure = (code: 'invalid_token' | 'invalid_dpop_proof', reason: BearerFailureReason, description: string): BearerFailure => ({
  ...fail(401, code, reason, description),
  scheme: 'DPoP',
});

/** RFC 9449 §7: the proof must verify, go with this token, and be made with the key the token is bound to. */
async function checkProof(request: AuthorizationRequest, token: string, claims: JWTPayload, options: TokenCheckOptions): Promise<BearerFailure | undefined> {
  if (!options.dpop || request.method === undefined || request.url === undefined) {
    return dpopFailure('invalid_dpop_proof', 'dpop-proof', 'This server does not accept DPoP proofs here.');
  }
  const proof = await checkDpopProof(
    { proof: request.proof, method: request.method, url: request.url, accessToken: token },
    { now: options.now?.() ?? new Date(), ...options.dpop },
  );
  if (!proof.ok) {
    return {
      ...fail(401, proof.code, proof.code === 'use_dpop_nonce' ? 'dpop-nonce' : 'dpop-proof', proof.description),
      scheme: 'DPoP',
      proofReason: proof.reason,
      ...(proof.nonce === undefined ? {} : { nonce: proof.nonce }),
    };
  }
  const jkt = boundThumbprint(claims);
  if (jkt === undefined) return dpopFailure('invalid_token', 'dpop-binding', 'The access token is not bound to a DPoP key (no cnf.jkt): send it as Bearer.');
  if (proof.jkt !== jkt) return dpopFailure('invalid_token', 'dpop-binding', 'The DPoP proof is signed with another key than the access token is bound to (cnf.jkt).');
  return undefined;
}

/**
 * Checks a request's credentials the way RFC 6750, RFC 9068 and RFC 9449 expect of a resource
 * server: a Bearer token, or a DPoP-bound token with its proof. Never throws for a bad token; only for a bug.
 */
export async function checkAuthorization(request: AuthorizationRequest, options: TokenCheckOptions): Promise<BearerResult> {
  const header = request.authorization?.trim() ?? '';
  if (header === '') return fail(401, undefined, 'missing', 'The request has no access token: send Authorization: Bearer <token>.');
  const [scheme = '', ...rest] = header.split(' ');
  const dpop = scheme.toLowerCase() === 'dpop';
  if (scheme.toLowerCase() !== 'bearer' && !dpop) {
    return fail(401, undefined, 'scheme', `The Authorization header must use the Bearer or DPoP scheme, not ${scheme}.`);
  }
  const token = rest.join(' ').trim();
  if (token === '') return fail(401, undefined, 'missing', `The Authorization header has no token after ${scheme}.`);

  let claims: JWTPayload;
  try {
    const result = await jwtVerify(token, guardKeyLookup(options.jwks), {
      algorithms: ['RS256'],
      typ: 'at+jwt',
      issuer: [options.issuer, ...(options.otherIssuers ?? [])],
      audience: RESOURCE,
      requiredClaims: ['exp'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      currentDate: options.now?.() ?? new Date(),
    });
    claims = result.payload;
  } catch (error) {
    const failure = describeError(error, token, options.issuer);
    return dpop && failure.status === 401 ? { ...failure, scheme: 'DPoP' } : failure;
  }

  if (dpop) {
    const refused = await checkProof(request, token, claims, options);
    if (refused) return refused;
  } else if (boundThumbprint(claims) !== undefined) {
    // RFC 9449 §7.2: a bound token sent as Bearer would let whoever stole it use it.
    return dpopFailure('invalid_token', 'dpop-binding', 'The access token is bound to a DPoP key: send it as Authorization: DPoP with a DPoP proof.');
  }

  const sub = stringClaim(claims.sub);
  const clientId = stringClaim(claims.client_id);
  const userId = sub ?? clientId;
  if (userId === undefined) return invalidToken('claims', 'The access token names no subject (sub) or client (client_id).');
  const kind = sub === undefined || sub === clientId ? 'client' : 'user';
  const scopes = scopesOf(claims);
  if (!scopes.includes(RESOURCE)) {
    return fail(403, 'insufficient_scope', 'scope', `The access token lacks the ${RESOURCE} scope.`);
  }
  return { ok: true, principal: { userId, kind, name: stringClaim(claims.name), email: stringClaim(claims.email), scopes, claims } };
}

/** Checks an `Authorization` header without a DPoP proof: Bearer tokens only. */
export function checkBearer(authorization: string | undefined, options: TokenCheckOptions): Promise<BearerResult> {
  return checkAuthorization({ authorization }, options);
}

// error_description may only hold printable ASCII without " and \ (RFC 6750 §3).
const quotable = (text: string): string => text.replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, '?');

/** The WWW-Authenticate challenge for a failure, or none when the failure is not the token's. */
export function bearerChallenge(failure: BearerFailure): string | undefined {
  if (failure.status === 503) return undefined;
  if (failure.scheme === 'DPoP') {
    // RFC 9449 §7.1: error first, then the algorithms a proof may use.
    const params = failure.code === undefined ? [] : [`error="${failure.code}"`, `error_description="${quotable(failure.description)}"`];
    return `DPoP ${[...params, `algs="${DPOP_ALGORITHMS.join(' ')}"`].join(', ')}`;
  }
  const params = [`realm="${RESOURCE}"`];
  if (failure.code !== undefined) {
    params.push(`error="${failure.code}"`, `error_description="${quotable(failure.description)}"`);
  }
  if (failure.code === 'insufficient_scope') params.push(`scope="${RESOURCE}"`);
  return `Bearer ${params.join(', ')}`;
}

const TITLES: Record<BearerFailure['status'], string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  503: 'Service unavailable',
};

export function bearerProblem(failure: BearerFailure): HttpProblem {
  const challenge = bearerChallenge(failure);
  // A proof's failure is told by the challenge and the detail; the problem kind stays the generic one.
  const kind = failure.status === 503 ? 'keys-unavailable' : failure.code === 'insufficient_scope' ? 'insufficient-scope' : failure.code === 'invalid_token' ? 'invalid-token' : 'unauthorized';
  const nonce: Record<string, string> = failure.nonce === undefined ? {} : { 'DPoP-Nonce': failure.nonce };
  return new HttpProblem(failure.status, kind, TITLES[failure.status], failure.description, {
    headers: challenge === undefined ? { 'Retry-After': '5' } : { 'WWW-Authenticate': challenge, ...nonce },
  });
}
