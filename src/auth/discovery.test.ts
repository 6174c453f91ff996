import { describe, expect, it } from 'vitest';
import { insecureEndpoint } from './discovery';

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
