import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage, stubStores } from '../test/stores';
import { kindOf, paramsOf } from './wire-log';

describe('kindOf', () => {
  it.each([
    ['https://id.example.com/.well-known/openid-configuration', 'GET', 'discovery'],
    ['https://id.example.com/.well-known/openid-configuration/jwks', 'GET', 'jwks'],
    ['https://id.example.com/connect/par', 'POST', 'par'],
    ['https://id.example.com/as/par', 'GET', 'other'],
    ['https://id.example.com/connect/authorize', 'GET', 'authorize'],
    ['https://id.example.com/connect/token', 'POST', 'token'],
    ['https://id.example.com/connect/userinfo', 'GET', 'userinfo'],
    ['https://id.example.com/connect/revocation', 'POST', 'revocation'],
    ['https://id.example.com/connect/introspect', 'POST', 'introspection'],
    ['https://id.example.com/connect/endsession', 'GET', 'end_session'],
    ['https://id.example.com/something', 'GET', 'other'],
  ] as const)('%s is %s → %s', (url, method, kind) => {
    expect(kindOf(new URL(url), method)).toBe(kind);
  });
});

describe('paramsOf', () => {
  it('reads form and query parameters', () => {
    expect(paramsOf('grant_type=authorization_code&code=abc')).toEqual({ grant_type: 'authorization_code', code: 'abc' });
  });
});

const secrets = {
  code: 'SplxlOBeZQQYbYS6WxSbIA-code-value',
  verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
  accessToken: 'eyJhbGciOiJSUzI1NiIsInR5cCI6ImF0K2p3dCJ9.access-token-body.signature',
  idToken: 'eyJhbGciOiJSUzI1NiJ9.id-token-body.id-token-signature',
  refreshToken: 'refresh-token-8f14e45fceea167a5a36dedd4bea2543',
  password: 'correct horse battery staple',
  clientSecret: 'client-secret-that-must-never-be-kept',
  dpop: 'eyJ0eXAiOiJkcG9wK2p3dCJ9.dpop-proof-body.dpop-signature',
};

let session: MemoryStorage;
const fetched: Array<{ url: string; init?: RequestInit }> = [];

/** The module as a fresh page load sees it: memory empty, sessionStorage as the last page left it. */
async function loadPage() {
  vi.resetModules();
  stubStores(new MemoryStorage(), session, {
    location: { href: 'https://app.example.com/' },
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      fetched.push({ url: String(input), init });
      return new Response(JSON.stringify({ access_token: secrets.accessToken, refresh_token: secrets.refreshToken, id_token: secrets.idToken, token_type: 'Bearer', expires_in: 3600 }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    },
  });
  return import('./wire-log');
}

const stored = () => session.getItem('obe.wire-log') ?? '';

beforeEach(() => {
  session = new MemoryStorage();
  fetched.length = 0;
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the wire log masks secrets when it records', () => {
  async function recordCodeExchange() {
    const log = await loadPage();
    log.record({
      kind: 'token',
      method: 'POST',
      url: 'https://id.example.com/connect/token',
      sent: { grant_type: 'authorization_code', code: secrets.code, code_verifier: secrets.verifier, Authorization: `Bearer ${secrets.accessToken}`, DPoP: secrets.dpop },
      status: 200,
      received: { access_token: secrets.accessToken, id_token: secrets.idToken, refresh_token: secrets.refreshToken, token_type: 'Bearer', expires_in: 3600 },
    });
    return log;
  }

  it('keeps no raw token, code, verifier, Authorization header or DPoP proof in storage', async () => {
    await recordCodeExchange();
    expect(stored()).not.toBe('');
    for (const value of [secrets.code, secrets.verifier, secrets.accessToken, secrets.idToken, secrets.refreshToken, secrets.dpop]) {
      expect(stored()).not.toContain(value);
    }
  });

  it('keeps a recognisable masked form: the first characters and the length', async () => {
    const log = await recordCodeExchange();
    const [entry] = log.wireLog();
    expect(entry?.sent.code).toBe('SplxlO…');
    // A JWT keeps its header only: alg, kid and typ, so a recorded flow can still be graded.
    expect(entry?.sent.Authorization).toBe('Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6ImF0K2p3dCJ9.…');
    expect(entry?.received).toMatchObject({ access_token: 'eyJhbGciOiJSUzI1NiIsInR5cCI6ImF0K2p3dCJ9.…', id_token: 'eyJhbGciOiJSUzI1NiJ9.…', token_type: 'Bearer', expires_in: 3600 });
    expect(entry?.secrets?.['sent.code']).toEqual({ length: secrets.code.length, kept: true });
    expect(entry?.secrets?.['received.refresh_token']).toEqual({ length: secrets.refreshToken.length, kept: true });
  });

  it('shows no more than a quarter of a short secret', async () => {
    const log = await loadPage();
    log.record({ kind: 'callback', method: 'GET', url: 'https://app.example.com/callback', sent: {}, received: { code: 'abcdefgh' } });
    expect(log.wireLog()[0]?.received).toEqual({ code: 'ab…' });
  });

  it('reveals the raw values in the page that recorded them', async () => {
    const log = await recordCodeExchange();
    const [entry] = log.wireLog();
    if (!entry) throw new Error('nothing recorded');
    expect(log.revealSecret(entry, 'sent.code')).toEqual({ state: 'shown', value: secrets.code });
    expect(log.revealSecret(entry, 'sent.Authorization')).toEqual({ state: 'shown', value: `Bearer ${secrets.accessToken}` });
    expect(log.revealSecret(entry, 'received.access_token')).toEqual({ state: 'shown', value: secrets.accessToken });
    expect(log.revealSecret(entry, 'sent.grant_type')).toBeNull();
  });

  it('says the value is gone after a reload, and the masked form is still shown', async () => {
    await recordCodeExchange();
    const log = await loadPage();
    const [entry] = log.wireLog();
    if (!entry) throw new Error('the log did not survive the reload');
    expect(entry.sent.code).toBe('SplxlO…');
    expect(log.revealSecret(entry, 'sent.code')).toEqual({ state: 'gone' });
    expect(log.revealSecret(entry, 'received.id_token')).toEqual({ state: 'gone' });
  });

  it('never keeps a password or client secret, not even in memory', async () => {
    const log = await loadPage();
    log.record({
      kind: 'token',
      method: 'POST',
      url: 'https://id.example.com/connect/token',
      sent: { grant_type: 'password', username: 'demo', password: secrets.password, client_id: 'service', client_secret: secrets.clientSecret },
    });
    const [entry] = log.wireLog();
    if (!entry) throw new Error('nothing recorded');
    expect(stored()).not.toContain(secrets.password);
    expect(stored()).not.toContain(secrets.clientSecret);
    expect(stored()).not.toContain(secrets.password.slice(0, 3));
    expect(entry.sent.username).toBe('demo');
    expect(entry.secrets?.['sent.password']).toEqual({ length: null, kept: false });
    expect(log.revealSecret(entry, 'sent.password')).toEqual({ state: 'never-kept' });
    expect(log.revealSecret(entry, 'sent.client_secret')).toEqual({ state: 'never-kept' });
  });

  it('never keeps client credentials sent as HTTP Basic', async () => {
    const log = await loadPage();
    const basic = `Basic ${btoa(`service:${secrets.clientSecret}`)}`;
    log.record({ kind: 'token', method: 'POST', url: 'https://id.example.com/connect/token', sent: { grant_type: 'client_credentials', Authorization: basic } });
    const [entry] = log.wireLog();
    if (!entry) throw new Error('nothing recorded');
    expect(stored()).not.toContain(basic.slice(6, 12));
    expect(entry.sent.Authorization).toBe('Basic •••');
    expect(log.revealSecret(entry, 'sent.Authorization')).toEqual({ state: 'never-kept' });
  });

  it('records a credentials grant made through fetch without its secrets, and reveals its tokens in the page', async () => {
    const log = await loadPage();
    log.installWireLog();
    log.watchOrigin('https://id.example.com');
    const body = new URLSearchParams({ grant_type: 'password', username: 'demo', password: secrets.password, client_id: 'service', client_secret: secrets.clientSecret, scope: 'bankservice' });
    await window.fetch('https://id.example.com/connect/token', { method: 'POST', body, headers: { DPoP: secrets.dpop } });
    expect(fetched[0]?.init?.body).toBe(body); // the request itself is untouched
    const [entry] = log.wireLog();
    if (!entry) throw new Error('nothing recorded');
    expect(entry.kind).toBe('token');
    for (const value of [secrets.password, secrets.clientSecret, secrets.accessToken, secrets.refreshToken, secrets.dpop]) {
      expect(stored()).not.toContain(value);
    }
    expect(log.revealSecret(entry, 'sent.DPoP')).toEqual({ state: 'shown', value: secrets.dpop });
    expect(log.revealSecret(entry, 'received.access_token')).toEqual({ state: 'shown', value: secrets.accessToken });
    expect(log.revealSecret(entry, 'sent.password')).toEqual({ state: 'never-kept' });
  });

  it('forgets everything on clear: the stored log and the values kept for Reveal', async () => {
    const log = await recordCodeExchange();
    const [entry] = log.wireLog();
    if (!entry) throw new Error('nothing recorded');
    log.clearWireLog();
    expect(session.getItem('obe.wire-log')).toBeNull();
    expect(log.wireLog()).toEqual([]);
    expect(log.revealSecret(entry, 'sent.code')).toEqual({ state: 'gone' });
  });

  it('keeps what a new sign-in picks (the discovery it is built on), in storage too, and forgets the rest with its values', async () => {
    const log = await recordCodeExchange();
    const [token] = log.wireLog();
    if (!token) throw new Error('nothing recorded');
    log.record({ kind: 'discovery', method: 'GET', url: 'https://id.example.com/.well-known/openid-configuration', sent: {}, status: 200, received: { issuer: 'https://id.example.com' } });
    log.clearWireLogBut((exchange) => exchange.kind === 'discovery');
    expect(log.wireLog().map((exchange) => exchange.kind)).toEqual(['discovery']);
    expect(stored()).toContain('openid-configuration');
    expect(stored()).not.toContain('connect/token');
    expect(log.revealSecret(token, 'sent.code')).toEqual({ state: 'gone' });
    expect((await loadPage()).wireLog().map((exchange) => exchange.kind)).toEqual(['discovery']);
  });
});
