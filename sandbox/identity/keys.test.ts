import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet, jwtVerify } from 'jose';
import type { JSONWebKeySet } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOrCreateKeys } from './keys.ts';
import { startTestIdentity } from './test-browser.ts';

let keysDir: string;
beforeEach(async () => {
  keysDir = await mkdtemp(join(tmpdir(), 'identity-keys-'));
});
afterEach(() => rm(keysDir, { recursive: true, force: true }));

async function jwksOf(issuer: string): Promise<JSONWebKeySet> {
  return (await (await fetch(`${issuer}/.well-known/openid-configuration/jwks`)).json()) as JSONWebKeySet;
}

async function clientToken(issuer: string): Promise<string> {
  const response = await fetch(`${issuer}/connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'bankservice', client_id: 'open-banking-service', client_secret: 'sandbox-secret' }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

describe('keys', () => {
  it('are created on the first start with owner-only file modes', async () => {
    const identity = await startTestIdentity({ keysDir });
    await identity.close();
    for (const file of ['jwks.json', 'cookie-keys.json']) {
      expect((await stat(join(keysDir, file))).mode & 0o777).toBe(0o600);
    }
    const { keys } = JSON.parse(await readFile(join(keysDir, 'jwks.json'), 'utf8')) as { keys: Record<string, unknown>[] };
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: expect.any(String), d: expect.any(String) });
  });

  it('are reused on the next start, so earlier tokens still verify', async () => {
    const first = await startTestIdentity({ keysDir });
    const firstJwks = await jwksOf(first.issuer);
    const token = await clientToken(first.issuer);
    await first.close();

    const second = await startTestIdentity({ keysDir });
    const secondJwks = await jwksOf(second.issuer);
    await second.close();

    expect(secondJwks).toEqual(firstJwks);
    await expect(jwtVerify(token, createLocalJWKSet(secondJwks), { audience: 'bankservice' })).resolves.toBeDefined();
  });

  it('refuses a damaged key file with a message saying what to do', async () => {
    await writeFile(join(keysDir, 'jwks.json'), '{"keys": "nope"}');
    await expect(loadOrCreateKeys(keysDir)).rejects.toThrow(/jwks\.json .*Delete it/);
  });

  it('refuses a key file that is not JSON', async () => {
    await writeFile(join(keysDir, 'jwks.json'), 'not json');
    await expect(loadOrCreateKeys(keysDir)).rejects.toThrow(/not valid JSON/);
  });
});
