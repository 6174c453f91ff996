import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import type { IdTokenExpectations } from './id-token';

/**
 * Verifies an ID token against the keys at `jwksUri` (see id-token.ts). jose and the checks are
 * loaded on first use, so the signed-out first page does not carry them.
 */
const checks = () => Promise.all([import('./id-token'), import('./jwks')]);

/** Starts loading the checks (a page that brings a sign-in's answer); the keys are fetched beside the token request (code-flow.ts, implicit.ts). */
export function preloadIdTokenChecks(): void {
  checks().catch(() => undefined); // a failure is met again, and reported, by the verification itself
}

export async function verifyIdToken(idToken: string, jwksUri: string, expected: IdTokenExpectations): Promise<JWTPayload> {
  const [{ validateIdToken }, { keysAt }] = await checks();
  return validateIdToken(idToken, keysAt(jwksUri), expected);
}

/** The keys at `jwksUri`, through the sign-in's cache, for the explorer's inspector; jose loads on first use. */
export function signingKeysAt(jwksUri: string): JWTVerifyGetKey {
  return async (header, token) => (await checks())[1].keysAt(jwksUri)(header, token);
}
