import { describe, expect, it } from 'vitest';
import { displayValue, findings } from './discovery-findings';

const authority = 'https://id.example.com';
const sound = {
  issuer: authority,
  code_challenge_methods_supported: ['S256'],
  response_types_supported: ['code'],
  id_token_signing_alg_values_supported: ['RS256'],
  authorization_response_iss_parameter_supported: true,
};

describe('findings', () => {
  it('finds nothing wrong with a sound document (trailing slashes aside)', () => {
    expect(findings({ ...sound, issuer: `${authority}/` }, authority)).toEqual([]);
  });

  it('flags an issuer that is not the authority', () => {
    expect(findings({ ...sound, issuer: 'https://evil.example.com' }, authority)).toEqual([
      { code: 'issuer_mismatch', issuer: 'https://evil.example.com', authority },
    ]);
  });

  it('flags missing S256 and offered plain PKCE', () => {
    expect(findings({ ...sound, code_challenge_methods_supported: ['plain'] }, authority).map((finding) => finding.code)).toEqual(['no_s256', 'plain_pkce']);
  });

  it('flags the implicit flow on offer', () => {
    expect(findings({ ...sound, response_types_supported: ['code', 'id_token token'] }, authority).map((finding) => finding.code)).toEqual(['implicit_offered']);
  });

  it('flags a missing RFC 9207 promise and alg none', () => {
    const codes = findings({ ...sound, authorization_response_iss_parameter_supported: undefined, id_token_signing_alg_values_supported: ['RS256', 'none'] }, authority).map(
      (finding) => finding.code,
    );
    expect(codes).toEqual(['no_iss_parameter', 'none_alg']);
  });
});

describe('displayValue', () => {
  it('joins lists and shows absent values as a dash', () => {
    expect(displayValue(['code', 'token'])).toBe('code, token');
    expect(displayValue(undefined)).toBe('—');
    expect(displayValue(true)).toBe('true');
  });
});
