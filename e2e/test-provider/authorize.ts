import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { expiresIn, mintAccessToken, subjectFor } from './access-token.ts';
import { otherIssuer } from './context.ts';
import type { ScenarioContext } from './context.ts';
import type { Endpoint } from './endpoint.ts';
import { redirect, sendHtml } from './http.ts';
import { mintIdToken } from './id-token.ts';
import { isRegisteredRedirectUri } from './redirect-uris.ts';
import type { ResponseType } from './scenarios.ts';
import { grantedScope, hasScope } from './scope.ts';

/** An S256 code challenge is a base64url SHA-256: exactly 43 characters (RFC 7636 §4.2). */
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

/** `response_type` values are space-separated sets, so `token id_token` means `id_token token` (RFC 6749 §3.1.1). */
function parseResponseType(value: string | null): ResponseType | undefined {
  const normalized = (value ?? '').split(' ').filter(Boolean).sort().join(' ');
  if (normalized === 'code' || normalized === 'token' || normalized === 'id_token token') return normalized;
  return undefined;
}

/**
 * Sends the authorization response to the app: in the query for the code flow, in the fragment for
 * implicit (OAuth 2.0 Multiple Response Types §2.1). `state` and `iss` are added here, the one place
 * the `state-*` and `response-iss-*` defects are applied.
 */
function respond(context: ScenarioContext, res: ServerResponse, redirectUri: string, fragment: boolean, state: string | null, values: Record<string, string>): void {
  const params = new URLSearchParams(values);
  if (context.scenario === 'state-mismatch') params.set('state', randomBytes(16).toString('base64url'));
  else if (state !== null) params.set('state', state);
  if (context.scenario === 'response-iss-mismatch') params.set('iss', otherIssuer(context.issuer));
  else if (context.scenario !== 'response-iss-missing') params.set('iss', context.issuer);

  const url = new URL(redirectUri);
  if (fragment) url.hash = params.toString();
  else url.search = params.toString();
  redirect(res, url.href);
}

/**
 * The authorization endpoint, without a login page: every valid request is approved at once as the
 * test user, `prompt=none` included, so Playwright goes straight from the app to its callback.
 */
export const authorize: Endpoint = async (context, req, res) => {
  context.state.stats.authorize += 1;
  const params = new URL(req.url ?? '/', context.issuer).searchParams;
  const clientId = params.get('client_id') ?? '';
  const redirectUri = params.get('redirect_uri') ?? '';

  // Without a client and a registered redirect URI there is nowhere safe to send an error to (RFC 6749 §4.1.2.1).
  if (clientId === '') {
    sendHtml(res, 400, 'Sign-in request refused', 'The request has no client_id.');
    return;
  }
  if (!isRegisteredRedirectUri(redirectUri, context.appOrigins)) {
    sendHtml(res, 400, 'Sign-in request refused', `redirect_uri ${JSON.stringify(redirectUri)} is not registered for this client.`);
    return;
  }

  const state = params.get('state');
  const responseType = parseResponseType(params.get('response_type'));
  const fragment = responseType !== undefined && responseType !== 'code';
  const fail = (error: string, description: string) =>
    respond(context, res, redirectUri, fragment, state, { error, error_description: description });

  if (responseType === undefined) {
    fail('unsupported_response_type', 'Use response_type code, id_token token or token.');
    return;
  }
  const scope = grantedScope(params.get('scope'));
  if (scope === '') {
    fail('invalid_scope', 'Ask for at least one of the scopes in scopes_supported.');
    return;
  }
  const nonce = params.get('nonce') ?? undefined;
  if (responseType === 'code') {
    const challenge = params.get('code_challenge') ?? '';
    if (params.get('code_challenge_method') !== 'S256' || !S256_CHALLENGE.test(challenge)) {
      fail('invalid_request', 'The code flow needs PKCE: code_challenge with code_challenge_method S256.');
      return;
    }
    if (context.scenario === 'access-denied') {
      fail('access_denied', 'The user said no');
      return;
    }
    const authTime = Math.floor(Date.now() / 1000);
    const code = context.state.grants.issueCode({ clientId, redirectUri, codeChallenge: challenge, nonce, scope, authTime });
    respond(context, res, redirectUri, false, state, { code });
    return;
  }

  if (responseType === 'id_token token') {
    // An ID token straight from the front channel is only bound to this request by its nonce (OIDC Core §3.2.2.1).
    if (nonce === undefined || nonce === '') {
      fail('invalid_request', 'response_type id_token token needs a nonce.');
      return;
    }
    if (!hasScope(scope, 'openid')) {
      fail('invalid_scope', 'response_type id_token token needs the openid scope.');
      return;
    }
  }
  if (context.scenario === 'access-denied') {
    fail('access_denied', 'The user said no');
    return;
  }
  // prompt=none is how the app renews an implicit session (in a hidden iframe).
  const sub = subjectFor(context, params.get('prompt') === 'none');
  const accessToken = await mintAccessToken(context, clientId, scope, sub);
  const lifetime = expiresIn(context).expires_in;
  const values: Record<string, string> = {
    access_token: accessToken,
    token_type: 'Bearer',
    ...(lifetime === undefined ? {} : { expires_in: String(lifetime) }),
    scope,
  };
  if (responseType === 'id_token token') {
    values.id_token = await mintIdToken(context, { clientId, nonce, authTime: Math.floor(Date.now() / 1000), accessToken, sub });
  }
  respond(context, res, redirectUri, true, state, values);
};
