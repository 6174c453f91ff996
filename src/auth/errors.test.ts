import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ErrorResponse, ErrorTimeout } from 'oidc-client-ts';
import { describe, expect, it } from 'vitest';
import { contentTypePrefix, dpopNonceErrorName, isTransient, libraryMessages, toAuthProblem } from './errors';
import { IdTokenError } from './id-token-error';
import { AuthProtocolError } from './protocol-error';

// The library's own build, so a reworded message in an upgrade fails here rather than on a user's screen.
const librarySource = readFileSync(createRequire(import.meta.url).resolve('oidc-client-ts'), 'utf8');

describe('oidc-client-ts messages we map', () => {
  it.each(Object.entries(libraryMessages))('"%s" → %s, still worded so by the installed library', (message, code) => {
    expect(librarySource).toContain(JSON.stringify(message));
    expect(toAuthProblem(new Error(message))).toEqual({ code });
  });

  it(`"${contentTypePrefix} …" → not_json, still worded so by the installed library`, () => {
    expect(librarySource).toContain(`Error(\`${contentTypePrefix} `);
    expect(toAuthProblem(new Error(`${contentTypePrefix} text/html, from URL: https://id.example.com/token`))).toEqual({ code: 'not_json' });
  });

  it(`a token-endpoint refusal that came with a DPoP-Nonce (${dpopNonceErrorName}, its body as message) is the refusal it carries`, () => {
    expect(librarySource).toContain(`this.name = "${dpopNonceErrorName}"`);
    const refusal = (body: string) => Object.assign(new Error(body), { name: dpopNonceErrorName, nonce: 'n' });
    expect(toAuthProblem(refusal('{"error":"invalid_grant","error_description":"grant request is invalid"}'))).toEqual({
      code: 'invalid_grant',
      description: 'grant request is invalid',
    });
    expect(toAuthProblem(refusal('{"error":"use_dpop_nonce"}'))).toEqual({ code: 'other_protocol_error', error: 'use_dpop_nonce', description: undefined });
    expect(toAuthProblem(refusal('not json'))).toEqual({ code: 'other_protocol_error', error: 'use_dpop_nonce', description: undefined });
    expect(isTransient(refusal('{"error":"temporarily_unavailable"}'))).toBe(true);
    expect(isTransient(refusal('{"error":"invalid_grant"}'))).toBe(false);
  });

  it('a token jwt-decode cannot read is malformed', () => {
    const error = new Error('Invalid token specified: missing part #2');
    error.name = 'InvalidTokenError';
    expect(toAuthProblem(error)).toEqual({ code: 'malformed' });
  });
});

describe('toAuthProblem', () => {
  it('keeps the check of our own errors', () => {
    expect(toAuthProblem(new IdTokenError('signature'))).toEqual({ code: 'signature' });
    expect(toAuthProblem(new AuthProtocolError('discovery_endpoint'))).toEqual({ code: 'discovery_endpoint' });
  });

  it('passes a documented protocol error on with its description', () => {
    expect(toAuthProblem(new ErrorResponse({ error: 'access_denied', error_description: 'The user said no' }))).toEqual({
      code: 'access_denied',
      description: 'The user said no',
    });
  });

  it('names an undocumented protocol error', () => {
    expect(toAuthProblem(new ErrorResponse({ error: 'slow_down' }))).toEqual({ code: 'other_protocol_error', error: 'slow_down', description: undefined });
  });

  it('tells a timeout, a network failure, a body that is not JSON and full storage apart', () => {
    expect(toAuthProblem(new ErrorTimeout('Network timed out'))).toEqual({ code: 'timeout' });
    expect(toAuthProblem(new TypeError('Failed to fetch'))).toEqual({ code: 'network_error' });
    expect(toAuthProblem(new SyntaxError('Unexpected token <'))).toEqual({ code: 'not_json' });
    expect(toAuthProblem(new DOMException('full', 'QuotaExceededError'))).toEqual({ code: 'storage_full' });
  });

  it('shows anything else as it is, never guessing from its words', () => {
    expect(toAuthProblem(new Error('nonce mismatch, maybe'))).toEqual({ code: 'sign_in_failed', detail: 'nonce mismatch, maybe' });
    expect(toAuthProblem('plain text')).toEqual({ code: 'sign_in_failed', detail: 'plain text' });
  });
});
