import type { UserManager } from 'oidc-client-ts';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage, stubStores } from '../test/stores';
import { completeImplicitSignin } from './implicit';

const issuer = 'https://id.example.com';
const metadata = {
  issuer,
  authorization_endpoint: `${issuer}/connect/authorize`,
  token_endpoint: `${issuer}/connect/token`,
  jwks_uri: `${issuer}/jwks`,
  authorization_response_iss_parameter_supported: true,
};

function userManager(authority = issuer, clientId = 'app'): UserManager {
  return { settings: { authority, client_id: clientId }, metadataService: { getMetadata: async () => metadata } } as unknown as UserManager;
}

let session: MemoryStorage;
function pending(state: string, overrides: Record<string, unknown> = {}) {
  session.setItem(
    `obe.implicit.${state}`,
    JSON.stringify({ authority: issuer, clientId: 'app', scope: 'bankservice', nonce: 'n', responseType: 'token', redirectUri: 'https://app.example/callback', returnTo: '/', createdAt: Date.now(), ...overrides }),
  );
}
const callback = (params: Record<string, string>) => `https://app.example/callback#${new URLSearchParams(params).toString()}`;
const answer = { access_token: 'at', token_type: 'Bearer', expires_in: '3600', state: 's1' };

describe('completeImplicitSignin', () => {
  // The sign-in starts loading the ID-token checks without waiting for them; loaded here first, so
  // no import is still under way when the test environment is torn down on a busy machine.
  beforeAll(() => Promise.all([import('./id-token'), import('./jwks')]));
  beforeEach(() => {
    session = new MemoryStorage();
    stubStores(new MemoryStorage(), session);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('accepts a plain token response for the environment that asked', async () => {
    pending('s1');
    const user = await completeImplicitSignin(userManager(), callback({ ...answer, iss: issuer }));
    expect(user.access_token).toBe('at');
    expect(user.scope).toBe('bankservice');
    expect(session.getItem('obe.implicit.s1')).toBeNull();
  });

  it('refuses a response to a request sent to another identity server', async () => {
    pending('s1', { authority: 'https://other.example.com' });
    await expect(completeImplicitSignin(userManager(), callback({ ...answer, iss: issuer }))).rejects.toMatchObject({ check: 'environment_mismatch' });
  });

  it('refuses a response to a request of another client', async () => {
    pending('s1', { clientId: 'another-app' });
    await expect(completeImplicitSignin(userManager(), callback({ ...answer, iss: issuer }))).rejects.toMatchObject({ check: 'environment_mismatch' });
  });

  it('a plain token request still needs iss, even when the response brings an (unverified) id_token', async () => {
    pending('s1');
    await expect(completeImplicitSignin(userManager(), callback({ ...answer, id_token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' }))).rejects.toMatchObject({
      check: 'response_issuer_missing',
    });
  });

  it('refuses a state it never sent, and a state used once already', async () => {
    await expect(completeImplicitSignin(userManager(), callback({ ...answer, iss: issuer }))).rejects.toMatchObject({ check: 'state_mismatch' });
    pending('s1');
    await completeImplicitSignin(userManager(), callback({ ...answer, iss: issuer }));
    await expect(completeImplicitSignin(userManager(), callback({ ...answer, iss: issuer }))).rejects.toMatchObject({ check: 'state_mismatch' });
  });

  it('gives a response without expires_in a bounded lifetime', async () => {
    pending('s1');
    const { expires_in: _omitted, ...withoutLifetime } = answer;
    const user = await completeImplicitSignin(userManager(), callback({ ...withoutLifetime, iss: issuer }));
    expect(user.expires_in).toBeGreaterThan(250);
    expect(user.expires_in).toBeLessThanOrEqual(300);
  });
});
