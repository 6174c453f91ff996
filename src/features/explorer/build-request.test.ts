import { describe, expect, it } from 'vitest';
import { parseExtra, requestParams, requestUrl, type RequestFields } from './build-request';

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
