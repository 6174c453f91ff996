import { describe, expect, it } from 'vitest';
import { checkResponseIssuer } from './response-issuer';
import { AuthProtocolError } from './protocol-error';

const issuer = 'https://id.example.com';
const promising = { issuer, authorization_response_iss_parameter_supported: true };

function check(...args: Parameters<typeof checkResponseIssuer>): string | null {
  try {
    checkResponseIssuer(...args);
    return null;
  } catch (error) {
    if (error instanceof AuthProtocolError) return error.check;
    throw error;
  }
}

describe('checkResponseIssuer (RFC 9207)', () => {
  it('accepts the expected issuer', () => {
    expect(check(issuer, promising)).toBeNull();
  });

  it('refuses another issuer, whatever discovery says', () => {
    expect(check('https://evil.example.com', promising)).toBe('response_issuer');
    expect(check('https://evil.example.com', { issuer })).toBe('response_issuer');
  });

  it('refuses a missing iss when discovery promises one', () => {
    expect(check(null, promising)).toBe('response_issuer_missing');
  });

  it('accepts a missing iss when discovery makes no promise', () => {
    expect(check(null, { issuer })).toBeNull();
  });

  it('accepts a missing iss when the response carries an ID token, whose iss is checked instead', () => {
    expect(check(null, promising, { hasIdToken: true })).toBeNull();
  });
});
