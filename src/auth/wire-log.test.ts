import { describe, expect, it } from 'vitest';
import { kindOf, paramsOf } from './wire-log';

describe('kindOf', () => {
  it.each([
    ['https://id.example.com/.well-known/openid-configuration', 'GET', 'discovery'],
    ['https://id.example.com/.well-known/openid-configuration/jwks', 'GET', 'jwks'],
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
