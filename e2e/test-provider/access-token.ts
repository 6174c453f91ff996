import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, errors, jwtVerify, SignJWT } from 'jose';
import type { ScenarioContext } from './context.ts';
import { signingKeyFor } from './keys.ts';
import { otherUserSub, testUser } from './test-user.ts';

/** The audience of every access token: Aritma's Open Banking API. */
const API_AUDIENCE = 'bankservice';

/** Seconds an access token lives: 300, or 10 where expiry and renewal must happen within a test. */
export function accessTokenLifetime(context: ScenarioContext): number {
  return context.scenario === 'short-lived' || context.scenario === 'renewal-other-sub' ? 10 : 300;
}

/** `expires_in` as the scenario sends it: absent in `no-expires-in`. */
export function expiresIn(context: ScenarioContext): { expires_in?: number } {
  return context.scenario === 'no-expires-in' ? {} : { expires_in: accessTokenLifetime(context) };
}

/** The user a token is for: another one on renewal in `renewal-other-sub`. */
export function subjectFor(context: ScenarioContext, renewal: boolean): string {
  return renewal && context.scenario === 'renewal-other-sub' ? otherUserSub : testUser.sub;
}

/** A JWT access token as Aritma issues them (RFC 9068: `typ` at+jwt, RS256). */
export function mintAccessToken(context: ScenarioContext, clientId: string, scope: string, sub: string = testUser.sub): Promise<string> {
  const key = signingKeyFor(context.scenario, context.keys);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ client_id: clientId, scope })
    .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: key.kid })
    .setIssuer(context.issuer)
    .setSubject(sub)
    .setAudience(API_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + accessTokenLifetime(context))
    .setJti(randomUUID())
    .sign(key.privateKey);
}

export interface AccessTokenClaims {
  sub: string;
  clientId: string;
  scopes: Set<string>;
  jti: string;
}

/**
 * Reads back an access token this scenario issued and has not revoked; undefined for anything else
 * (another scenario's, expired, tampered, revoked). Access tokens are never defective here, so this
 * checks them strictly.
 */
export async function verifyAccessToken(context: ScenarioContext, token: string): Promise<AccessTokenClaims | undefined> {
  const keys = createLocalJWKSet({ keys: [context.keys.current.publicJwk, context.keys.rotated.publicJwk] });
  try {
    const { payload } = await jwtVerify(token, keys, { issuer: context.issuer, audience: API_AUDIENCE, typ: 'at+jwt', algorithms: ['RS256'] });
    const { sub, client_id: clientId, scope, jti } = payload;
    if (typeof sub !== 'string' || typeof clientId !== 'string' || typeof scope !== 'string' || typeof jti !== 'string') return undefined;
    if (context.state.grants.isAccessTokenRevoked(jti)) return undefined;
    return { sub, clientId, scopes: new Set(scope.split(' ')), jti };
  } catch (error) {
    if (error instanceof errors.JOSEError) return undefined;
    throw error;
  }
}
