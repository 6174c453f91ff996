import { describe, expect, it } from 'vitest';
import { dpopAvailability, fapiPreset, parAvailability, parseExtra, parsePushAnswer, pushedAuthorizeUrl, pushedBody, requestParams, requestUrl, type RequestFields } from './build-request';

const fields: RequestFields = {
  responseType: 'code',
  clientId: 'app',
  redirectUri: 'https://app.example.com/callback',
  scope: 'openid bankservice',
  state: 's',
  nonce: 'n',
  prompt: '',
  acrValues: '',
  uiLocales: '',
  loginHint: '',
  responseMode: '',
  extra: '',
  codeVerifier: 'v',
};

describe('requestParams', () => {
  it('builds a code + PKCE request with S256 and leaves out empty options', () => {
    expect(requestParams(fields, 'challenge')).toEqual([
      ['client_id', 'app'],
      ['redirect_uri', 'https://app.example.com/callback'],
      ['response_type', 'code'],
      ['scope', 'openid bankservice'],
      ['state', 's'],
      ['code_challenge', 'challenge'],
      ['code_challenge_method', 'S256'],
      ['nonce', 'n'],
    ]);
  });

  it('sends no PKCE for an implicit request, and adds the options and extra parameters given', () => {
    const params = requestParams({ ...fields, responseType: 'id_token token', prompt: 'login', uiLocales: 'nb', extra: 'resource=https://api\nclaims={"x":1}' }, 'challenge');
    expect(params.map(([name]) => name)).toEqual(['client_id', 'redirect_uri', 'response_type', 'scope', 'state', 'nonce', 'prompt', 'ui_locales', 'resource', 'claims']);
  });

  it('encodes values into the URL', () => {
    expect(requestUrl('https://id.example.com/connect/authorize', [['scope', 'openid bankservice']])).toBe('https://id.example.com/connect/authorize?scope=openid+bankservice');
  });
});

describe('parseExtra', () => {
  it('reads name=value lines and reports the others', () => {
    expect(parseExtra('a=1\n\n b = two=2 \nnot a pair\n=x')).toEqual({ params: [['a', '1'], ['b', 'two=2']], invalid: ['not a pair', '=x'] });
  });
});

describe('pushed authorization requests (RFC 9126)', () => {
  const metadata = { pushed_authorization_request_endpoint: 'https://id.example.com/connect/par', dpop_signing_alg_values_supported: ['ES256', 'RS256'] };

  it('offers PAR only where discovery names a PAR endpoint', () => {
    expect(parAvailability(metadata)).toEqual({ available: true, endpoint: 'https://id.example.com/connect/par' });
    expect(parAvailability({})).toEqual({ available: false, reason: 'not_advertised' });
    expect(parAvailability({ pushed_authorization_request_endpoint: 42 })).toEqual({ available: false, reason: 'not_advertised' });
    expect(parAvailability(undefined)).toEqual({ available: false, reason: 'not_advertised' });
  });

  it('pushes every parameter of the request, client_id in the body, as a form', () => {
    const params = requestParams(fields, 'challenge');
    const body = pushedBody(params);
    expect(body).toBeInstanceOf(URLSearchParams);
    expect([...body]).toEqual(params);
    expect(body.get('client_id')).toBe('app');
  });

  it('sends the browser on with only client_id and request_uri', () => {
    const url = new URL(pushedAuthorizeUrl('https://id.example.com/connect/authorize', 'app', 'urn:ietf:params:oauth:request_uri:abc'));
    expect([...url.searchParams]).toEqual([
      ['client_id', 'app'],
      ['request_uri', 'urn:ietf:params:oauth:request_uri:abc'],
    ]);
  });

  it('reads a 201 answer with request_uri and expires_in', () => {
    expect(parsePushAnswer(201, { request_uri: 'urn:ietf:params:oauth:request_uri:abc', expires_in: 60 })).toEqual({ ok: true, requestUri: 'urn:ietf:params:oauth:request_uri:abc', expiresIn: 60 });
  });

  it('reads an error answer’s error and error_description', () => {
    expect(parsePushAnswer(400, { error: 'invalid_request', error_description: "redirect_uri did not match any of the client's registered redirect_uris" })).toEqual({
      ok: false,
      error: 'invalid_request',
      description: "redirect_uri did not match any of the client's registered redirect_uris",
    });
    expect(parsePushAnswer(401, { error: 'invalid_client' })).toEqual({ ok: false, error: 'invalid_client', description: undefined });
  });

  it('calls an answer without an error code, or a success without request_uri, not a PAR answer', () => {
    expect(parsePushAnswer(500, 'Internal Server Error')).toEqual({ ok: false, error: 'HTTP 500', description: 'Internal Server Error' });
    expect(parsePushAnswer(201, { expires_in: 60 })).toEqual({ ok: false, error: 'invalid_par_response', description: undefined });
    expect(parsePushAnswer(200, { request_uri: 'urn:x', expires_in: 60 })).toMatchObject({ ok: true });
  });
});

describe('DPoP for the token exchange (RFC 9449)', () => {
  const dpop = { dpop_signing_alg_values_supported: ['ES256'] };

  it('is offered for the code flow where discovery takes ES256 proofs', () => {
    expect(dpopAvailability(dpop, 'code')).toEqual({ available: true });
  });

  it('is not offered where discovery advertises no DPoP, or no ES256', () => {
    expect(dpopAvailability({}, 'code')).toEqual({ available: false, reason: 'not_advertised' });
    expect(dpopAvailability({ dpop_signing_alg_values_supported: ['RS256'] }, 'code')).toEqual({ available: false, reason: 'no_es256' });
  });

  it('is not offered for response types without a code: the implicit token comes in the URL', () => {
    expect(dpopAvailability(dpop, 'id_token token')).toEqual({ available: false, reason: 'implicit' });
    expect(dpopAvailability(dpop, 'token')).toEqual({ available: false, reason: 'implicit' });
  });
});

describe('the FAPI 2.0-style preset', () => {
  it('sets code, fresh state, nonce and verifier, and leaves the rest as it was', () => {
    let count = 0;
    const fresh = () => `fresh-${(count += 1)}`;
    const preset = fapiPreset({ ...fields, responseType: 'id_token token', responseMode: 'fragment', prompt: 'login' }, fresh);
    expect(preset).toEqual({ ...fields, responseType: 'code', responseMode: '', prompt: 'login', state: 'fresh-1', nonce: 'fresh-2', codeVerifier: 'fresh-3' });
  });
});
