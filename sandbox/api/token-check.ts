import { decodeProtectedHeader, errors, jwtVerify } from 'jose';
import type { JWTPayload, JWTVerifyGetKey } from 'jose';
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
  | 'keys-unavailable';

export interface BearerFailure {
  ok: false;
  status: 401 | 403 | 503;
  /** The RFC 6750 error code; none when the request carried no bearer credentials at all. */
  code: 'invalid_token' | 'insufficient_scope' | undefined;
  reason: BearerFailureReason;
  description: string;
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

/**
 * Checks an `Authorization` header the way RFC 6750 and RFC 9068 expect of a resource server.
 * Never throws for a bad token; only for a bug.
 */
export async function checkBearer(authorization: string | undefined, options: TokenCheckOptions): Promise<BearerResult> {
  const header = authorization?.trim() ?? '';
  if (header === '') return fail(401, undefined, 'missing', 'The request has no access token: send Authorization: Bearer <token>.');
  const [scheme = '', ...rest] = header.split(' ');
  if (scheme.toLowerCase() !== 'bearer') {
    return fail(401, undefined, 'scheme', `The Authorization header must use the Bearer scheme, not ${scheme}.`);
  }
  const token = rest.join(' ').trim();
  if (token === '') return fail(401, undefined, 'missing', 'The Authorization header has no token after Bearer.');

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
    return describeError(error, token, options.issuer);
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

// error_description may only hold printable ASCII without " and \ (RFC 6750 §3).
const quotable = (text: string): string => text.replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, '?');

/** The WWW-Authenticate challenge for a failure, or none when the failure is not the token's. */
export function bearerChallenge(failure: BearerFailure): string | undefined {
  if (failure.status === 503) return undefined;
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
  const kind = failure.status === 503 ? 'keys-unavailable' : failure.code === 'insufficient_scope' ? 'insufficient-scope' : failure.code === 'invalid_token' ? 'invalid-token' : 'unauthorized';
  return new HttpProblem(failure.status, kind, TITLES[failure.status], failure.description, {
    headers: challenge === undefined ? { 'Retry-After': '5' } : { 'WWW-Authenticate': challenge },
  });
}
