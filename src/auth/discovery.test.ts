import type { OidcMetadata, UserManager } from 'oidc-client-ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage, stubStores } from '../test/stores';
import { insecureEndpoint, trustedMetadata } from './discovery';

const good = {
  issuer: 'https://id.example.com',
  authorization_endpoint: 'https://id.example.com/connect/authorize',
  token_endpoint: 'https://id.example.com/connect/token',
  jwks_uri: 'https://id.example.com/.well-known/openid-configuration/jwks',
};

describe('insecureEndpoint', () => {
  it('accepts https endpoints', () => {
    expect(insecureEndpoint(good)).toBeNull();
  });

  it('accepts plain http on this machine only', () => {
    expect(insecureEndpoint({ ...good, token_endpoint: 'http://localhost:5001/connect/token' })).toBeNull();
    expect(insecureEndpoint({ ...good, token_endpoint: 'http://127.0.0.1:5001/connect/token' })).toBeNull();
    expect(insecureEndpoint({ ...good, token_endpoint: 'http://id.example.com/connect/token' })).toMatch(/^token_endpoint:/);
  });

  it.each([
    ['javascript:', 'javascript:alert(document.domain)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a relative path', '/connect/authorize'],
    ['ftp:', 'ftp://id.example.com/authorize'],
  ])('refuses an authorization endpoint that is %s', (_name, value) => {
    expect(insecureEndpoint({ ...good, authorization_endpoint: value })).toMatch(/^authorization_endpoint:/);
  });

  it('refuses an endpoint that is not a string', () => {
    expect(insecureEndpoint({ ...good, userinfo_endpoint: 42 as unknown as string })).toMatch(/^userinfo_endpoint:/);
  });

  it('checks the JWKS address too', () => {
    expect(insecureEndpoint({ ...good, jwks_uri: 'http://keys.example.com/jwks' })).toMatch(/^jwks_uri:/);
  });
});

describe('trustedMetadata', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** A manager whose metadata service answers with `answers`, one per read (as oidc-client-ts's does until one succeeds). */
  function managerAnswering(...answers: Array<Partial<OidcMetadata> | Error>) {
    const session = new MemoryStorage();
    stubStores(new MemoryStorage(), session);
    const getMetadata = vi.fn(async () => {
      const answer = answers.shift();
      if (!answer || answer instanceof Error) throw answer ?? new Error('no answer');
      return answer;
    });
    const manager = { metadataService: { getMetadata }, settings: { authority: good.issuer } } as unknown as UserManager;
    return { manager, getMetadata, session };
  }

  it('reads discovery once when the signed-out page and a click on Sign in ask at the same time, and keeps it for the session', async () => {
    const { manager, getMetadata, session } = managerAnswering(good);
    const [first, second] = await Promise.all([trustedMetadata(manager), trustedMetadata(manager)]);
    expect(first.issuer).toBe(good.issuer);
    expect(second.token_endpoint).toBe(good.token_endpoint);
    expect(getMetadata).toHaveBeenCalledTimes(1);
    expect(session.getItem(`obe.discovery:${good.issuer}`)).toContain(good.token_endpoint);
  });

  it('reads again after a failed read, so a click after the server came back works', async () => {
    const { manager, getMetadata } = managerAnswering(new TypeError('Failed to fetch'), good);
    await expect(trustedMetadata(manager)).rejects.toThrow('Failed to fetch');
    await expect(trustedMetadata(manager)).resolves.toMatchObject({ issuer: good.issuer });
    expect(getMetadata).toHaveBeenCalledTimes(2);
  });

  it('refuses a document naming another issuer at every use, and keeps nothing of it', async () => {
    const { manager, session } = managerAnswering({ ...good, issuer: 'https://evil.example.com' });
    await expect(trustedMetadata(manager)).rejects.toMatchObject({ check: 'discovery_issuer' });
    await expect(trustedMetadata(manager)).rejects.toMatchObject({ check: 'discovery_issuer' });
    expect(session.length).toBe(0);
  });
});
