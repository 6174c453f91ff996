import { describe, expect, it } from 'vitest';
import { languages } from '../../../i18n/language';
import { explainedClaims, explainedHeaderParameters, type DecodeProblem, type SignatureCheck } from './inspect';
import { jwtMessages } from './messages';

const problems: DecodeProblem[] = [
  { code: 'empty' },
  { code: 'encrypted', parts: 5 },
  { code: 'part_count', parts: 1 },
  { code: 'part_count', parts: 2 },
  { code: 'empty_part', part: 'payload' },
  { code: 'base64url_character', part: 'payload', character: '+', position: 7 },
  { code: 'base64url_padding', part: 'signature' },
  { code: 'base64url_length', part: 'header', length: 9 },
  { code: 'utf8', part: 'header' },
  { code: 'json', part: 'header', detail: 'Unexpected token' },
  { code: 'not_object', part: 'header', found: 'array' },
  { code: 'alg_missing' },
];

const checks: SignatureCheck[] = [
  { status: 'valid', alg: 'RS256', kid: 'k1' },
  { status: 'invalid', alg: 'RS256' },
  { status: 'alg_none' },
  { status: 'alg_hmac', alg: 'HS256' },
  { status: 'alg_unsupported', alg: 'RS1' },
  { status: 'no_keys' },
  { status: 'no_matching_key', kid: 'old' },
  { status: 'several_matching_keys' },
  { status: 'keys_unavailable', detail: 'Failed to fetch' },
  { status: 'key_unusable', alg: 'RS256', detail: 'wrong key type' },
];

describe('JWT inspector texts', () => {
  it('name the part and the reason of a malformed token, as the brief words them', () => {
    const t = jwtMessages.en;
    expect(t.problem({ code: 'part_count', parts: 2 })).toBe('A JWT has 3 parts separated by dots; this has 2.');
    expect(t.problem({ code: 'encrypted', parts: 5 })).toBe('This looks like an encrypted JWE (5 parts): it cannot be read without the key.');
    expect(t.problem({ code: 'base64url_character', part: 'payload', character: '+', position: 7 })).toMatch(/^The payload \(part 2\) is not valid base64url/);
    expect(t.problem({ code: 'not_object', part: 'header', found: 'array' })).toMatch(/^The header \(part 1\) is not a JSON object/);
    expect(jwtMessages.nb.problem({ code: 'base64url_padding', part: 'payload' })).toMatch(/^Nyttelasten \(payload, del 2\)/);
  });

  it.each(languages)('say something for every problem and signature check in %s', (language) => {
    const t = jwtMessages[language];
    for (const text of [...problems.map(t.problem), ...checks.map(t.signatureCheck)]) {
      expect(text).toMatch(/\S/);
      expect(text).not.toContain('undefined');
    }
  });

  it('never call none, HMAC or a failed check valid', () => {
    for (const language of languages) {
      const t = jwtMessages[language];
      for (const check of checks.filter((candidate) => candidate.status !== 'valid')) {
        expect(t.signatureCheck(check)).not.toMatch(/^(Signature valid|Signaturen er gyldig)/);
      }
    }
  });

  it('explain every registered claim and header parameter in bokmål, not in English', () => {
    for (const claim of explainedClaims) expect(jwtMessages.nb.claims[claim]).not.toBe(jwtMessages.en.claims[claim]);
    for (const parameter of explainedHeaderParameters) expect(jwtMessages.nb.headerParameters[parameter]).not.toBe(jwtMessages.en.headerParameters[parameter]);
  });
});
