import { User } from 'oidc-client-ts';
import { describe, expect, it } from 'vitest';
import { checkContinuity } from './continuity';

const user = (sub: string, iss = 'https://id.example.com') =>
  new User({ access_token: `at-${sub}`, token_type: 'Bearer', profile: { sub, iss, aud: 'app', exp: 0, iat: 0 } });

describe('checkContinuity', () => {
  it('lets a renewal of the same user at the same issuer through', () => {
    expect(() => checkContinuity(user('alice'), user('alice'))).not.toThrow();
  });

  it('refuses a renewal for another user', () => {
    expect(() => checkContinuity(user('alice'), user('mallory'))).toThrow(expect.objectContaining({ check: 'renewal_subject' }));
  });

  it('refuses a renewal from another issuer', () => {
    expect(() => checkContinuity(user('alice'), user('alice', 'https://evil.example.com'))).toThrow(expect.objectContaining({ check: 'renewal_issuer' }));
  });
});
