import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { CryptoKey, JWTPayload, JWTVerifyGetKey } from 'jose';
import { expect } from 'vitest';
import { ContractRecorder } from '../contract/recorder.ts';
import { APPROVER_SUB, DEMO_SUB, SERVICE_CLIENT_ID } from './demo-data.ts';
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
  /** `sub`; default the demo user, null for none. */
  subject?: string | null;
}

export async function signToken(privateKey: CryptoKey, options: TokenOptions = {}): Promise<string> {
  const iat = Math.floor(NOW.getTime() / 1000);
  const subject = options.subject === undefined ? DEMO_SUB : options.subject;
  // IdentityServer writes scope as a JSON array, as the sandbox's identity server does.
  const jwt = new SignJWT({ scope: ['openid', 'profile', 'bankservice'], client_id: 'open-banking-explorer', ...options.claims })
    .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: options.kid ?? 'test-key', ...options.header })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? 'bankservice');
  if (subject !== null) jwt.setSubject(subject);
  return jwt
    .setIssuedAt(iat)
    .setExpirationTime(iat + (options.expiresIn ?? 3600))
    .sign(privateKey);
}

export interface TestApi {
  url: string;
  /** The demo user's token. */
  token: string;
  /** Checks every exchange of this API against the contract. */
  contract: ContractRecorder;
  close(): Promise<void>;
  /** fetch against the API with the valid token unless headers say otherwise. */
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  put(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

/** Tokens of the sandbox's other principals: the approver, and the service client acting on its own behalf. */
export async function otherTokens(keys: TestKeys): Promise<{ approver: string; client: string }> {
  return {
    approver: await signToken(keys.privateKey, { subject: APPROVER_SUB }),
    client: await signToken(keys.privateKey, { subject: SERVICE_CLIENT_ID, claims: { client_id: SERVICE_CLIENT_ID, scope: 'bankservice' } }),
  };
}

/** Every answer the API gave in a test file followed the contract, nullable fields and enums included. */
export function expectResponsesFollowContract(api: TestApi, atLeast: number): void {
  const report = api.contract.report();
  expect(report.violations.filter((violation) => violation.direction === 'response')).toEqual([]);
  expect(report.checked).toBeGreaterThanOrEqual(atLeast);
}

export async function startTestApi(keys: TestKeys): Promise<TestApi> {
  // Tests send bad requests on purpose; what they check is the answers, so violations are read, not printed.
  const contract = new ContractRecorder({ log: false });
  const api = await startApi({ port: 0, issuer: ISSUER, jwks: keys.jwks, appOrigins: [APP_ORIGIN], now: () => NOW, contractCheck: contract });
  const token = await signToken(keys.privateKey);
  const auth = { Authorization: `Bearer ${token}` };
  return {
    ...api,
    token,
    contract,
    get: (path, headers = {}) => fetch(api.url + path, { headers: { ...auth, ...headers } }),
    post: (path, body, headers = {}) =>
      fetch(api.url + path, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    put: (path, body, headers = {}) =>
      fetch(api.url + path, {
        method: 'PUT',
        headers: { ...auth, ...(body === undefined ? {} : { 'Content-Type': 'application/json-patch+json' }), ...headers },
        body: body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body),
      }),
  };
}
