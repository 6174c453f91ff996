import { describe, expect, it } from 'vitest';
import { bindingOf, jwtKind } from './binding';
import type { DecodedJwt } from './inspect';

const jwt = (payload: Record<string, unknown>, typ?: string): DecodedJwt => ({ token: 'a.b.c', header: { alg: 'RS256', ...(typ ? { typ } : {}) }, payload, alg: 'RS256', signatureLength: 256 });

describe('jwtKind', () => {
  it('tells an access token, an ID token and a DPoP proof apart by typ, then by their claims', () => {
    expect(jwtKind(jwt({ scope: 'bankservice' }, 'at+jwt'))).toBe('access_token');
    expect(jwtKind(jwt({ nonce: 'n', aud: 'app' }, 'JWT'))).toBe('id_token');
    expect(jwtKind(jwt({ htm: 'GET', htu: 'https://api.test/x' }, 'dpop+jwt'))).toBe('dpop_proof');
    expect(jwtKind(jwt({ scope: 'bankservice', client_id: 'app' }))).toBe('access_token');
    expect(jwtKind(jwt({ sub: 'x' }))).toBe('other');
  });
});

describe('bindingOf', () => {
  const bound = jwt({ scope: 'bankservice', cnf: { jkt: 'thumb-1' } }, 'at+jwt');

  it('a token bound to the key of a proof this page recorded matches it', () => {
    expect(bindingOf(bound, ['thumb-0', 'thumb-1'])).toEqual({ state: 'jkt', jkt: 'thumb-1', key: 'match', thumbprints: ['thumb-0', 'thumb-1'] });
  });

  it('a token bound to a key no recorded proof used does not match', () => {
    expect(bindingOf(bound, ['thumb-2'])).toMatchObject({ state: 'jkt', key: 'mismatch' });
  });

  it('without recorded proofs, whether the key matches is unknown', () => {
    expect(bindingOf(bound, [])).toMatchObject({ state: 'jkt', key: 'unknown' });
  });

  it('cnf in an ID token is flagged as not expected', () => {
    expect(bindingOf(jwt({ nonce: 'n', cnf: { jkt: 'thumb-1' } }, 'JWT'), ['thumb-1'])).toEqual({ state: 'id_token' });
  });

  it('cnf with another confirmation method than jkt is named as such', () => {
    expect(bindingOf(jwt({ scope: 's', cnf: { 'x5t#S256': 'cert' } }, 'at+jwt'), [])).toEqual({ state: 'other_method', members: ['x5t#S256'] });
  });

  it('a token without cnf is not bound', () => {
    expect(bindingOf(jwt({ scope: 's' }, 'at+jwt'), ['thumb-1'])).toEqual({ state: 'none' });
  });
});
