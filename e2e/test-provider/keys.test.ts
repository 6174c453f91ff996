import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestProvider } from './server.ts';
import { CLIENT_ID, fetchJwks, keySetOf, reset, signInImplicitly, signInWithCode, startProviderForTests, statsOf, stringField } from './test-support.ts';

let provider: TestProvider;
beforeAll(async () => {
  provider = await startProviderForTests();
});
afterAll(() => provider.close());

describe('kid-absent: no kid, one key in the JWKS', () => {
  const issuer = () => `${provider.url}/kid-absent`;

  it.each(['code', 'implicit'] as const)('via %s: the ID token has no kid and verifies with the single published key', async (flow) => {
    const idToken = flow === 'code' ? stringField((await signInWithCode(issuer())).body, 'id_token') : ((await signInImplicitly(issuer())).params.get('id_token') ?? '');
    expect(decodeProtectedHeader(idToken)).toEqual({ alg: 'RS256', typ: 'JWT' });
    expect((await fetchJwks(issuer())).keys).toHaveLength(1);
    const { payload } = await jwtVerify(idToken, await keySetOf(issuer()), { issuer: issuer(), audience: CLIENT_ID, algorithms: ['RS256'] });
    expect(payload.sub).toBe('test-user');
  });
});

describe('key-rotated: signs with a new key the first JWKS fetch does not list', () => {
  const issuer = () => `${provider.url}/key-rotated`;
  beforeEach(() => reset(provider.url, 'key-rotated'));

  it.each(['code', 'implicit'] as const)('via %s: the first JWKS lacks the kid, the second has it and verifies the ID token', async (flow) => {
    const idToken = flow === 'code' ? stringField((await signInWithCode(issuer())).body, 'id_token') : ((await signInImplicitly(issuer())).params.get('id_token') ?? '');
    const { kid } = decodeProtectedHeader(idToken);

    const first = await fetchJwks(issuer());
    expect(first.keys).toHaveLength(1);
    expect(first.keys.map((key) => key.kid)).not.toContain(kid);
    await expect(jwtVerify(idToken, createLocalJWKSet(first))).rejects.toThrow();

    const second = await fetchJwks(issuer());
    expect(second.keys.map((key) => key.kid)).toEqual([first.keys[0]?.kid, kid]);
    const { payload } = await jwtVerify(idToken, createLocalJWKSet(second), { issuer: issuer(), audience: CLIENT_ID, algorithms: ['RS256'] });
    expect(payload.sub).toBe('test-user');
    expect((await statsOf(provider.url, 'key-rotated')).jwks).toBe(2);
  });

  it('lists only the old key again on the first fetch after a reset', async () => {
    await fetchJwks(issuer());
    expect((await fetchJwks(issuer())).keys).toHaveLength(2);
    await reset(provider.url, 'key-rotated');
    expect((await fetchJwks(issuer())).keys).toHaveLength(1);
  });

  it('signs with the key the good scenario publishes no more than the old one', async () => {
    const good = await fetchJwks(`${provider.url}/good`);
    const rotated = await fetchJwks(issuer());
    expect(rotated.keys).toEqual(good.keys);
  });
});
