import { describe, expect, it } from 'vitest';
import { maskJson, maskRecord, maskSecret } from './mask';

const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU';

describe('maskSecret', () => {
  it('keeps a JWT’s header and length, never its payload or signature', () => {
    const masked = maskSecret(jwt);
    expect(masked).toBe(`eyJhbGciOiJSUzI1NiJ9.…(${jwt.length} characters, masked)`);
    expect(masked).not.toContain('eyJzdWIi');
  });

  it('keeps four characters of a long value, none of a short one, and the scheme of an Authorization header', () => {
    expect(maskSecret('SplxlOBeZQQYbYS6WxSbIA-abcdef')).toBe('Splx…(29 characters, masked)');
    expect(maskSecret('demo')).toBe('…(4 characters, masked)');
    expect(maskSecret(`Bearer ${jwt}`)).toMatch(/^Bearer eyJhbGciOiJSUzI1NiJ9\.…\(\d+ characters, masked\)$/);
  });

  it('leaves a value masked already as it is', () => {
    expect(maskSecret(maskSecret(jwt))).toBe(maskSecret(jwt));
  });
});

describe('maskRecord and maskJson', () => {
  it('mask secrets by name, case-insensitively for headers, nested too', () => {
    expect(maskRecord({ grant_type: 'authorization_code', code: 'abcdefghijklmnopqrstuvwxyz', Authorization: 'Basic b3Blbjpz' })).toEqual({
      grant_type: 'authorization_code',
      code: 'abcd…(26 characters, masked)',
      Authorization: 'Basic …(8 characters, masked)',
    });
    expect(maskJson({ token_type: 'Bearer', access_token: jwt, nested: [{ refresh_token: 'r'.repeat(30) }] })).toEqual({
      token_type: 'Bearer',
      access_token: maskSecret(jwt),
      nested: [{ refresh_token: 'rrrr…(30 characters, masked)' }],
    });
  });
});
