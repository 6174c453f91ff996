import { createHash, randomBytes } from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import type { JWTPayload } from 'jose';
import { otherIssuer } from './context.ts';
import type { ScenarioContext } from './context.ts';
import { signingKeyFor } from './keys.ts';
import { testUser } from './test-user.ts';

/** How long an ID token is valid; its job is done once the app has checked it. */
const ID_TOKEN_LIFETIME = 300;

/** The `aud` of `aud-mismatch`: a client that is not the one signing in. */
export const OTHER_CLIENT_ID = 'another-client';

/** `at_hash` per OIDC Core §3.1.3.6: the left half of the SHA-256 of the access token, base64url. */
export function accessTokenHash(accessToken: string): string {
  const digest = createHash('sha256').update(accessToken, 'ascii').digest();
  return digest.subarray(0, digest.length / 2).toString('base64url');
}

export interface IdTokenRequest {
  clientId: string;
  /** The nonce of the authorization request; absent on refresh (OIDC Core §12.2). */
  nonce: string | undefined;
  authTime: number;
  /** The access token issued beside the ID token, for `at_hash`. */
  accessToken: string;
  /** Whom the token is for; the test user unless a scenario says otherwise. */
  sub?: string;
}

/** The claims of a correct ID token, then this scenario's one defect applied to them. */
function claimsFor(context: ScenarioContext, request: IdTokenRequest): JWTPayload {
  const now = Math.floor(Date.now() / 1000);
  const claims: JWTPayload = {
    iss: context.issuer,
    sub: request.sub ?? testUser.sub,
    aud: request.clientId,
    exp: now + ID_TOKEN_LIFETIME,
    iat: now,
    auth_time: request.authTime,
    nonce: request.nonce,
    at_hash: accessTokenHash(request.accessToken),
    name: testUser.name,
  };
  switch (context.scenario) {
    case 'iss-mismatch':
      return { ...claims, iss: otherIssuer(context.issuer) };
    case 'aud-mismatch':
      return { ...claims, aud: OTHER_CLIENT_ID };
    case 'aud-missing':
      return { ...claims, aud: undefined };
    case 'sub-missing':
      return { ...claims, sub: undefined };
    case 'iat-missing':
      return { ...claims, iat: undefined };
    case 'expired':
      return { ...claims, iat: now - 20 * 60, auth_time: now - 20 * 60, exp: now - 10 * 60 };
    case 'nonce-mismatch':
      return { ...claims, nonce: randomBytes(16).toString('base64url') };
    case 'nonce-missing':
      return { ...claims, nonce: undefined };
    case 'at-hash-wrong':
      return { ...claims, at_hash: accessTokenHash(`${request.accessToken}.another`) };
    case 'at-hash-missing':
      return { ...claims, at_hash: undefined };
    default:
      return claims;
  }
}

/** Drops claims set to undefined, so a "missing" claim is absent from the JSON, not null. */
function present(claims: JWTPayload): JWTPayload {
  return Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
}

/** An ID token as this scenario issues it: correct, or with its one defect in the claims or the signature. */
export async function mintIdToken(context: ScenarioContext, request: IdTokenRequest): Promise<string> {
  const claims = present(claimsFor(context, request));
  const key = signingKeyFor(context.scenario, context.keys);
  switch (context.scenario) {
    case 'alg-none':
      return new UnsecuredJWT(claims).encode();
    case 'kid-absent':
      return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT' }).sign(key.privateKey);
    case 'bad-signature':
      return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid }).sign(context.keys.foreign.privateKey);
    default:
      return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid }).sign(key.privateKey);
  }
}
