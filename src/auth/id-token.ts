import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { accessTokenHash, allowedAlgorithms } from './token-hash';
import { IdTokenError, type IdTokenCheck } from './id-token-error';

export { IdTokenError, type IdTokenCheck } from './id-token-error';

export interface IdTokenExpectations {
  issuer: string;
  clientId: string;
  /** The nonce sent with the authorization request; required when given. */
  nonce?: string;
  /** When given, `at_hash` must be present and match it (implicit `id_token token`). */
  accessToken?: string;
  clockSkewSeconds?: number;
  /** How old `iat` may be when the token arrives; null for a token that arrived earlier (another tab's session). */
  maxAgeSeconds?: number | null;
  now?: Date;
}

/** Devices' clocks drift; five minutes either way still signs in (beyond it, the user is told to check the clock). */
export const allowedClockSkewSeconds = 300;
/** An ID token is checked when it arrives, so it must have been issued moments ago (beyond the skew). */
export const maxIdTokenAgeSeconds = 120;

function claimCheck(claim: string): IdTokenCheck {
  switch (claim) {
    case 'iss':
      return 'issuer';
    case 'aud':
      return 'audience';
    case 'sub':
      return 'subject';
    case 'exp':
      return 'expired';
    case 'nbf':
      return 'not_yet_valid';
    default:
      return 'issued_at';
  }
}

function translate(error: unknown): IdTokenError {
  if (error instanceof IdTokenError) return error;
  if (error instanceof errors.JOSEAlgNotAllowed) return new IdTokenError('algorithm');
  if (error instanceof errors.JWSSignatureVerificationFailed) return new IdTokenError('signature');
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) return new IdTokenError('unknown_key');
  if (error instanceof errors.JWTExpired) return new IdTokenError(error.claim === 'exp' ? 'expired' : 'issued_at');
  if (error instanceof errors.JWTClaimValidationFailed) return new IdTokenError(claimCheck(error.claim));
  if (error instanceof errors.JOSENotSupported) return new IdTokenError('algorithm');
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return new IdTokenError('malformed');
  if (error instanceof TypeError && /base64|JSON/i.test(error.message)) return new IdTokenError('malformed');
  throw error;
}

/**
 * Validates an ID token as OIDC Core §3.1.3.7 asks (and §3.2.2.11 for `at_hash`).
 * oidc-client-ts checks none of the signature, so this runs before any user is stored.
 */
export async function validateIdToken(idToken: string, keys: JWTVerifyGetKey, expected: IdTokenExpectations): Promise<JWTPayload> {
  const skew = expected.clockSkewSeconds ?? allowedClockSkewSeconds;
  try {
    const { payload, protectedHeader } = await jwtVerify(idToken, keys, {
      issuer: expected.issuer,
      audience: expected.clientId,
      algorithms: allowedAlgorithms,
      clockTolerance: skew,
      currentDate: expected.now,
      ...(expected.maxAgeSeconds === null ? {} : { maxTokenAge: expected.maxAgeSeconds ?? maxIdTokenAgeSeconds }),
      requiredClaims: ['iss', 'sub', 'aud', 'exp', 'iat'],
    });
    if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new IdTokenError('subject');
    const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if ((audiences.length > 1 || payload.azp !== undefined) && payload.azp !== expected.clientId) {
      throw new IdTokenError('authorized_party');
    }
    if (expected.nonce !== undefined && payload.nonce !== expected.nonce) throw new IdTokenError('nonce');
    if (expected.accessToken !== undefined) {
      if (typeof payload.at_hash !== 'string') throw new IdTokenError('at_hash', 'It has no at_hash claim.');
      if (payload.at_hash !== (await accessTokenHash(expected.accessToken, protectedHeader.alg))) throw new IdTokenError('at_hash');
    }
    return payload;
  } catch (error) {
    throw translate(error);
  }
}
