import { describe, expect, it } from 'vitest';
import { accessTokenScope } from './access-token-scope';

const jwt = (claims: object) => `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.signature`;

describe('accessTokenScope', () => {
  it('reads a space-separated string (RFC 9068)', () => {
    expect(accessTokenScope(jwt({ scope: 'openid bankservice' }))).toBe('openid bankservice');
  });

  it('reads a JSON array (IdentityServer, as Aritma issues them)', () => {
    expect(accessTokenScope(jwt({ scope: ['bankservice', 'offline_access'] }))).toBe('bankservice offline_access');
  });

  it('says nothing for a token without scope, an opaque token or a damaged one', () => {
    expect(accessTokenScope(jwt({ sub: 'x' }))).toBeUndefined();
    expect(accessTokenScope('opaque-reference-token')).toBeUndefined();
    expect(accessTokenScope('a.!!!.c')).toBeUndefined();
    expect(accessTokenScope(jwt({ scope: 42 }))).toBeUndefined();
  });
});
