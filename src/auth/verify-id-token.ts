import type { JWTPayload } from 'jose';
import type { IdTokenExpectations } from './id-token';

/**
 * Verifies an ID token against the keys at `jwksUri` (see id-token.ts). jose and the checks are
 * loaded on first use, so the signed-out first page does not carry them.
 */
export async function verifyIdToken(idToken: string, jwksUri: string, expected: IdTokenExpectations): Promise<JWTPayload> {
  const [{ validateIdToken }, { keysAt }] = await Promise.all([import('./id-token'), import('./jwks')]);
  return validateIdToken(idToken, keysAt(jwksUri), expected);
}
