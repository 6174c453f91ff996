import { describe, expect, it } from 'vitest';
import { isImplicitResponse, parseImplicitResponse } from './implicit-response';

const base = 'https://app.example.com/callback';

describe('parseImplicitResponse', () => {
  it('reads tokens, a numeric lifetime and the scope from the fragment', () => {
    const result = parseImplicitResponse(`${base}#access_token=at&token_type=Bearer&expires_in=3600&scope=openid%20bankservice&id_token=a.b.c&state=s1&iss=https%3A%2F%2Fid`);
    expect(result).toEqual({
      kind: 'success',
      response: { access_token: 'at', token_type: 'Bearer', expires_in: 3600, scope: 'openid bankservice', id_token: 'a.b.c', state: 's1', iss: 'https://id' },
    });
  });

  it('accepts token_type in any case', () => {
    expect(parseImplicitResponse(`${base}#access_token=at&token_type=bearer&state=s`).kind).toBe('success');
  });

  it('reads an error with its description', () => {
    expect(parseImplicitResponse(`${base}#error=access_denied&error_description=The+user+said+no&state=s`)).toEqual({
      kind: 'error',
      response: { error: 'access_denied', error_description: 'The user said no', state: 's' },
    });
  });

  it('refuses a token type other than Bearer', () => {
    expect(parseImplicitResponse(`${base}#access_token=at&token_type=mac&state=s`)).toMatchObject({ kind: 'malformed', problem: expect.stringContaining('Bearer') });
  });

  it('refuses a response without state', () => {
    expect(parseImplicitResponse(`${base}#access_token=at&token_type=Bearer`)).toMatchObject({ kind: 'malformed', problem: expect.stringContaining('state') });
  });

  it('refuses a lifetime that is not a positive whole number', () => {
    expect(parseImplicitResponse(`${base}#access_token=at&token_type=Bearer&state=s&expires_in=soon`).kind).toBe('malformed');
    expect(parseImplicitResponse(`${base}#access_token=at&token_type=Bearer&state=s&expires_in=-5`).kind).toBe('malformed');
  });

  it('refuses a parameter given twice', () => {
    expect(parseImplicitResponse(`${base}#access_token=a&access_token=b&token_type=Bearer&state=s`)).toMatchObject({ kind: 'malformed', problem: expect.stringContaining('access_token') });
  });
});

describe('isImplicitResponse', () => {
  it('recognises tokens or an error in the fragment', () => {
    expect(isImplicitResponse(`${base}#access_token=at&state=s`)).toBe(true);
    expect(isImplicitResponse(`${base}#error=access_denied&state=s`)).toBe(true);
  });

  it('leaves a code-flow response in the query alone', () => {
    expect(isImplicitResponse(`${base}?code=c&state=s`)).toBe(false);
    expect(isImplicitResponse(`${base}?error=access_denied&state=s`)).toBe(false);
  });
});
