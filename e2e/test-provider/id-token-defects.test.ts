import { decodeJwt, decodeProtectedHeader, errors, jwtVerify } from 'jose';
import type { JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessTokenHash, OTHER_CLIENT_ID } from './id-token.ts';
import type { Flow, ScenarioName } from './scenarios.ts';
import { findScenario } from './scenarios.ts';
import type { TestProvider } from './server.ts';
import { CLIENT_ID, fetchJwks, keySetOf, signInImplicitly, signInWithCode, startProviderForTests, stringField } from './test-support.ts';

let provider: TestProvider;
beforeAll(async () => {
  provider = await startProviderForTests();
});
afterAll(() => provider.close());

interface SignedIn {
  issuer: string;
  idToken: string;
  accessToken: string;
  nonce: string;
}

/** Signs in to `scenario` through `flow` and returns the ID token as the app would receive it. */
async function idTokenFrom(scenario: ScenarioName, flow: Flow): Promise<SignedIn> {
  const issuer = `${provider.url}/${scenario}`;
  if (flow === 'code') {
    const { request, body } = await signInWithCode(issuer);
    return { issuer, idToken: stringField(body, 'id_token'), accessToken: stringField(body, 'access_token'), nonce: request.nonce };
  }
  const { request, params } = await signInImplicitly(issuer);
  return { issuer, idToken: params.get('id_token') ?? '', accessToken: params.get('access_token') ?? '', nonce: request.nonce };
}

/** The claims after a signature check only, so a claim defect can be looked at on its own. */
async function signedClaims(signedIn: SignedIn): Promise<JWTPayload> {
  const { payload } = await jwtVerify(signedIn.idToken, await keySetOf(signedIn.issuer), { algorithms: ['RS256'], clockTolerance: '1h' });
  return payload;
}

/** What a correct ID token of this sign-in says; each claim defect must differ from it in exactly one claim. */
function correctClaims(signedIn: SignedIn): JWTPayload {
  return { iss: signedIn.issuer, sub: 'test-user', aud: CLIENT_ID, nonce: signedIn.nonce, at_hash: accessTokenHash(signedIn.accessToken), name: 'Test User' };
}

/** `payload` without the time claims, which differ from one sign-in to the next. */
function withoutTimes({ iat: _iat, exp: _exp, auth_time: _authTime, ...rest }: JWTPayload): JWTPayload {
  return rest;
}

/** `claims` with one claim left out. */
function without(claims: JWTPayload, name: string): JWTPayload {
  return Object.fromEntries(Object.entries(claims).filter(([claim]) => claim !== name));
}

/** Runs `check` for each flow the scenario lists. */
function forEachFlow(scenario: ScenarioName, check: (signedIn: SignedIn) => Promise<void>) {
  const flows = findScenario(scenario)?.flows ?? [];
  it.each(flows)(`${scenario} via %s`, async (flow) => check(await idTokenFrom(scenario, flow)));
}

describe('signature defects', () => {
  describe('bad-signature: signed with a foreign key under the published kid', () => {
    forEachFlow('bad-signature', async (signedIn) => {
      const { keys } = await fetchJwks(signedIn.issuer);
      expect(keys).toHaveLength(1);
      expect(decodeProtectedHeader(signedIn.idToken)).toMatchObject({ alg: 'RS256', kid: keys[0]?.kid });
      await expect(jwtVerify(signedIn.idToken, await keySetOf(signedIn.issuer))).rejects.toBeInstanceOf(errors.JWSSignatureVerificationFailed);
      expect(withoutTimes(decodeJwt(signedIn.idToken))).toEqual(correctClaims(signedIn));
    });
  });

  describe('alg-none: unsigned', () => {
    forEachFlow('alg-none', async (signedIn) => {
      expect(decodeProtectedHeader(signedIn.idToken)).toEqual({ alg: 'none' });
      expect(signedIn.idToken.endsWith('.')).toBe(true);
      await expect(jwtVerify(signedIn.idToken, await keySetOf(signedIn.issuer))).rejects.toBeInstanceOf(errors.JOSEError);
      expect(withoutTimes(decodeJwt(signedIn.idToken))).toEqual(correctClaims(signedIn));
    });
  });
});

describe('claim defects, each the only thing wrong', () => {
  describe('iss-mismatch: another issuer, one that starts with the real one', () => {
    forEachFlow('iss-mismatch', async (signedIn) => {
      const claims = await signedClaims(signedIn);
      expect(claims.iss).not.toBe(signedIn.issuer);
      expect(claims.iss?.startsWith(signedIn.issuer)).toBe(true);
      expect(withoutTimes(claims)).toEqual({ ...correctClaims(signedIn), iss: claims.iss });
      await expect(jwtVerify(signedIn.idToken, await keySetOf(signedIn.issuer), { issuer: signedIn.issuer })).rejects.toBeInstanceOf(errors.JWTClaimValidationFailed);
    });
  });

  describe('aud-mismatch: another client', () => {
    forEachFlow('aud-mismatch', async (signedIn) => {
      expect(withoutTimes(await signedClaims(signedIn))).toEqual({ ...correctClaims(signedIn), aud: OTHER_CLIENT_ID });
      await expect(jwtVerify(signedIn.idToken, await keySetOf(signedIn.issuer), { audience: CLIENT_ID })).rejects.toBeInstanceOf(errors.JWTClaimValidationFailed);
    });
  });

  describe('aud-missing', () => {
    forEachFlow('aud-missing', async (signedIn) => {
      expect(withoutTimes(await signedClaims(signedIn))).toEqual(without(correctClaims(signedIn), 'aud'));
    });
  });

  describe('sub-missing', () => {
    forEachFlow('sub-missing', async (signedIn) => {
      expect(withoutTimes(await signedClaims(signedIn))).toEqual(without(correctClaims(signedIn), 'sub'));
    });
  });

  describe('iat-missing', () => {
    forEachFlow('iat-missing', async (signedIn) => {
      const claims = await signedClaims(signedIn);
      expect(claims).not.toHaveProperty('iat');
      expect(claims.exp).toBeGreaterThan(Date.now() / 1000);
      expect(withoutTimes(claims)).toEqual(correctClaims(signedIn));
    });
  });

  describe('expired: exp 10 minutes ago, iat 20 minutes ago', () => {
    forEachFlow('expired', async (signedIn) => {
      const claims = await signedClaims(signedIn);
      const now = Date.now() / 1000;
      expect(Number(claims.exp)).toBeLessThan(now - 9 * 60);
      expect(Number(claims.exp) - Number(claims.iat)).toBe(10 * 60);
      expect(withoutTimes(claims)).toEqual(correctClaims(signedIn));
      await expect(jwtVerify(signedIn.idToken, await keySetOf(signedIn.issuer))).rejects.toBeInstanceOf(errors.JWTExpired);
    });
  });

  describe('nonce-mismatch', () => {
    forEachFlow('nonce-mismatch', async (signedIn) => {
      const claims = await signedClaims(signedIn);
      expect(typeof claims.nonce).toBe('string');
      expect(claims.nonce).not.toBe(signedIn.nonce);
      expect(withoutTimes(claims)).toEqual({ ...correctClaims(signedIn), nonce: claims.nonce });
    });
  });

  describe('nonce-missing although one was sent', () => {
    forEachFlow('nonce-missing', async (signedIn) => {
      expect(withoutTimes(await signedClaims(signedIn))).toEqual(without(correctClaims(signedIn), 'nonce'));
    });
  });

  describe('at-hash-wrong: the hash of another access token', () => {
    forEachFlow('at-hash-wrong', async (signedIn) => {
      const claims = await signedClaims(signedIn);
      expect(claims.at_hash).toMatch(/^[\w-]{22}$/);
      expect(claims.at_hash).not.toBe(accessTokenHash(signedIn.accessToken));
      expect(withoutTimes(claims)).toEqual({ ...correctClaims(signedIn), at_hash: claims.at_hash });
    });
  });

  describe('at-hash-missing beside an access token', () => {
    forEachFlow('at-hash-missing', async (signedIn) => {
      expect(withoutTimes(await signedClaims(signedIn))).toEqual(without(correctClaims(signedIn), 'at_hash'));
    });
  });
});

describe('ID tokens of the other scenarios are correct', () => {
  it.each(['good', 'short-lived', 'userinfo-sub-mismatch', 'discovery-issuer-mismatch', 'response-iss-missing'] as const)('%s', async (scenario) => {
    for (const flow of ['code', 'implicit'] as const) {
      const signedIn = await idTokenFrom(scenario, flow);
      const { payload } = await jwtVerify(signedIn.idToken, await keySetOf(signedIn.issuer), { issuer: signedIn.issuer, audience: CLIENT_ID, algorithms: ['RS256'] });
      expect(withoutTimes(payload)).toEqual(correctClaims(signedIn));
    }
  });
});
