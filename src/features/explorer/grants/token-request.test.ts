import { describe, expect, it } from 'vitest';
import { displayTokenResponse, readTokenResponse, requestToken, tokenRequestBody } from './token-request';

const accessToken = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.c2lnbmF0dXJl';
const tokens = { access_token: accessToken, expires_in: 3600, token_type: 'Bearer', scope: 'bankservice' };

describe('tokenRequestBody', () => {
  it('sends client_credentials with the sandbox client in the body (client_secret_post)', () => {
    expect(tokenRequestBody('client_credentials', { scope: 'bankservice' }).toString()).toBe(
      'grant_type=client_credentials&client_id=open-banking-service&client_secret=sandbox-secret&scope=bankservice',
    );
  });

  it('sends the password grant with the user’s credentials, encoded', () => {
    const body = tokenRequestBody('password', { scope: ' bankservice  openid ', username: 'demo', password: 'p&ss w=rd' });
    expect(Object.fromEntries(body)).toEqual({
      grant_type: 'password',
      username: 'demo',
      password: 'p&ss w=rd',
      client_id: 'open-banking-service',
      client_secret: 'sandbox-secret',
      scope: 'bankservice openid',
    });
  });

  it('leaves out an empty scope, so the client’s registered scope applies', () => {
    expect(tokenRequestBody('client_credentials', { scope: '  ' }).has('scope')).toBe(false);
  });
});

describe('readTokenResponse', () => {
  it('reads a token response', () => {
    expect(readTokenResponse(200, JSON.stringify(tokens))).toEqual({ kind: 'tokens', status: 200, response: tokens });
  });

  it('keeps extra members such as id_token', () => {
    const outcome = readTokenResponse(200, JSON.stringify({ ...tokens, id_token: 'a.b.c' }));
    expect(outcome.kind === 'tokens' && outcome.response.id_token).toBe('a.b.c');
  });

  it('reads an OAuth error response', () => {
    expect(readTokenResponse(400, '{"error":"invalid_grant","error_description":"wrong username or password"}')).toEqual({
      kind: 'error',
      status: 400,
      error: 'invalid_grant',
      description: 'wrong username or password',
    });
  });

  it('calls a 200 without access_token unexpected', () => {
    expect(readTokenResponse(200, '{"token_type":"Bearer"}').kind).toBe('unexpected');
  });

  it('calls a body that is not JSON unexpected', () => {
    expect(readTokenResponse(502, '<html>Bad gateway</html>')).toEqual({ kind: 'unexpected', status: 502, text: '<html>Bad gateway</html>' });
  });
});

describe('requestToken', () => {
  it('POSTs a form to the token endpoint', async () => {
    let sent: { url: string; init?: RequestInit } | undefined;
    const fetchStub: typeof fetch = (url, init) => {
      sent = { url: String(url), init };
      return Promise.resolve(new Response(JSON.stringify(tokens), { status: 200 }));
    };
    const outcome = await requestToken('http://localhost:5001/connect/token', 'client_credentials', { scope: 'bankservice' }, fetchStub);
    expect(outcome.kind).toBe('tokens');
    expect(sent?.url).toBe('http://localhost:5001/connect/token');
    expect(sent?.init?.method).toBe('POST');
    expect(sent?.init?.headers).toMatchObject({ 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(String(sent?.init?.body)).toContain('grant_type=client_credentials');
  });

  it('turns a connection failure into an outcome', async () => {
    const failing: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(requestToken('http://localhost:5001/connect/token', 'password', { scope: '' }, failing)).resolves.toEqual({ kind: 'network', detail: 'Failed to fetch' });
  });
});

describe('displayTokenResponse', () => {
  it('masks the tokens until revealed', () => {
    const text = displayTokenResponse({ ...tokens, id_token: 'id.token.value', refresh_token: 'refresh' }, false);
    expect(text).not.toContain(accessToken);
    expect(text).not.toContain('id.token.value');
    expect(text).not.toContain('"refresh"');
    expect(JSON.parse(text)).toMatchObject({ expires_in: 3600, token_type: 'Bearer', scope: 'bankservice' });
  });

  it('shows them when revealed', () => {
    expect(displayTokenResponse(tokens, true)).toContain(accessToken);
  });
});
