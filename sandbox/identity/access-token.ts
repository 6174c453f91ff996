import { createLocalJWKSet, errors, jwtVerify } from 'jose';
import type { JSONWebKeySet } from 'jose';

/** What this server's own access tokens say, once their signature and issuer check out. */
export interface AccessTokenClaims {
  sub: string;
  clientId: string;
  scopes: Set<string>;
  aud: string | string[] | undefined;
  exp: number;
  iat: number;
  jti: string;
  /** `cnf.jkt`: the thumbprint of the DPoP key the token is bound to (RFC 9449 §6.1). */
  jkt: string | undefined;
}

export type VerifyAccessToken = (token: string) => Promise<AccessTokenClaims | undefined>;

/**
 * Checks a JWT access token issued by this server (RFC 9068: `typ` at+jwt, RS256, our issuer,
 * not expired). oidc-provider keeps no record of JWT access tokens, so this is the only way
 * to read one back; undefined means "not one of ours, or no longer valid".
 */
export function accessTokenVerifier(issuer: string, publicJwks: JSONWebKeySet): VerifyAccessToken {
  const keys = createLocalJWKSet(publicJwks);
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keys, { issuer, typ: 'at+jwt', algorithms: ['RS256'] });
      const { sub, client_id: clientId, scope, aud, exp, iat, jti, cnf } = payload;
      if (typeof sub !== 'string' || typeof clientId !== 'string' || typeof exp !== 'number' || typeof iat !== 'number' || typeof jti !== 'string') {
        return undefined;
      }
      // Our tokens carry scope as a JSON array, as IdentityServer's do; a string is read too.
      const scopes = new Set(typeof scope === 'string' ? scope.split(' ').filter(Boolean) : Array.isArray(scope) ? scope.filter((item): item is string => typeof item === 'string') : []);
      const jkt = typeof cnf === 'object' && cnf !== null && 'jkt' in cnf && typeof cnf.jkt === 'string' ? cnf.jkt : undefined;
      return { sub, clientId, scopes, aud, exp, iat, jti, jkt };
    } catch (error) {
      if (error instanceof errors.JOSEError) return undefined;
      throw error;
    }
  };
}
