import { describe, expect, it } from 'vitest';
import { s256, verifierPattern } from './pkce';

describe('PKCE S256', () => {
  it('matches the example of RFC 7636 Appendix B', async () => {
    expect(await s256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('accepts verifiers of 43 to 128 unreserved characters only', () => {
    expect(verifierPattern.test('a'.repeat(43))).toBe(true);
    expect(verifierPattern.test('a'.repeat(42))).toBe(false);
    expect(verifierPattern.test('a'.repeat(129))).toBe(false);
    expect(verifierPattern.test(`${'a'.repeat(42)}+`)).toBe(false);
  });
});
