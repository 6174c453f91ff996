import { describe, expect, it } from 'vitest';
import type { RequestFields } from '../build-request';
import { readSharedSetup, shareLink } from './share-link';

const fields: RequestFields = {
  responseType: 'code',
  clientId: 'open-banking-explorer',
  redirectUri: 'https://app.example.com/callback',
  scope: 'openid bankservice',
  state: 'state-value-1234567890',
  nonce: 'nonce-value-1234567890',
  prompt: 'login',
  acrValues: '',
  uiLocales: 'nb',
  loginHint: '',
  responseMode: '',
  extra: 'audience=bankservice\ncode_verifier=verifier-secret-value\nclient_secret=s3cret\nrequest_uri=urn:x',
  codeVerifier: 'a-code-verifier-that-is-long-enough-0123456789',
};

describe('shareLink', () => {
  const link = shareLink('https://app.example.com', 'https://id.example.com', fields);

  it('carries the configuration in the fragment', () => {
    const url = new URL(link);
    expect(url.pathname).toBe('/explorer/request');
    expect(url.search).toBe('');
    const setup = readSharedSetup(url.hash);
    expect(setup).toEqual({
      authority: 'https://id.example.com',
      clientId: 'open-banking-explorer',
      scope: 'openid bankservice',
      responseType: 'code',
      redirectUri: 'https://app.example.com/callback',
      prompt: 'login',
      uiLocales: 'nb',
      extra: 'audience=bankservice',
    });
  });

  it('drops state, nonce, the verifier and every secret, also from the extra parameters', () => {
    for (const secret of ['state-value', 'nonce-value', 'a-code-verifier', 'verifier-secret-value', 's3cret', 'urn:x', 'state=', 'nonce=']) {
      expect(decodeURIComponent(link)).not.toContain(secret);
    }
  });
});

describe('readSharedSetup', () => {
  it('ignores a fragment that is no setup, and an authority that is no web address', () => {
    expect(readSharedSetup('#implicit')).toBeNull();
    expect(readSharedSetup('#authority=javascript:alert(1)')).toBeNull();
  });

  it('drops secrets a hand-made link tries to bring in', () => {
    expect(readSharedSetup('#authority=https://id.example.com&extra=client_secret%3Dx%0Aaudience%3Dy')?.extra).toBe('audience=y');
  });
});
