import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { CryptoKey, JWTPayload, JWTVerifyGetKey } from 'jose';
import { startApi } from './server.ts';

/** Keys, tokens and a running API for the tests; nothing here is used outside them. */

export const ISSUER = 'http://identity.test';
export const APP_ORIGIN = 'http://localhost:5173';
/** A Monday just after office hours start in Oslo. */
export const NOW = new Date('2025-06-16T08:00:00.000Z');
export const TODAY = '2025-06-16';

export interface TestKeys {
  privateKey: CryptoKey;
  jwks: JWTVerifyGetKey;
}

export async function createTestKeys(kid = 'test-key'): Promise<TestKeys> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return { privateKey, jwks: createLocalJWKSet({ keys: [jwk] }) };
}

export interface TokenOptions {
  claims?: JWTPayload;
  /** Replaces the protected header fields given. */
  header?: { typ?: string; kid?: string };
  issuer?: string;
  audience?: string | string[];
  /** Seconds relative to NOW. */
  expiresIn?: number;
  kid?: string;
}

export async function signToken(privateKey: CryptoKey, options: TokenOptions = {}): Promise<string> {
  const iat = Math.floor(NOW.getTime() / 1000);
  return new SignJWT({ scope: 'openid profile bankservice', client_id: 'open-banking-explorer', ...options.claims })
    .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: options.kid ?? 'test-key', ...options.header })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? 'bankservice')
    .setSubject('demo-user-1')
    .setIssuedAt(iat)
    .setExpirationTime(iat + (options.expiresIn ?? 3600))
    .sign(privateKey);
}

export interface TestApi {
  url: string;
  token: string;
  close(): Promise<void>;
  /** fetch against the API with the valid token unless headers say otherwise. */
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
}

export async function startTestApi(keys: TestKeys): Promise<TestApi> {
  const api = await startApi({ port: 0, issuer: ISSUER, jwks: keys.jwks, appOrigins: [APP_ORIGIN], now: () => NOW });
  const token = await signToken(keys.privateKey);
  const auth = { Authorization: `Bearer ${token}` };
  return {
    ...api,
    token,
    get: (path, headers = {}) => fetch(api.url + path, { headers: { ...auth, ...headers } }),
    post: (path, body, headers = {}) =>
      fetch(api.url + path, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
  };
}
