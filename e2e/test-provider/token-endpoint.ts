import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { expiresIn, mintAccessToken, subjectFor } from './access-token.ts';
import type { ScenarioContext } from './context.ts';
import type { Endpoint } from './endpoint.ts';
import { FormError, readForm, sendHtml, sendJson } from './http.ts';
import { mintIdToken } from './id-token.ts';
import { hasScope } from './scope.ts';
import { countCodeExchange } from './stats.ts';

/** An OAuth error response (RFC 6749 §5.2), thrown by a grant and written in one place. */
class TokenError extends Error {
  constructor(
    readonly error: 'invalid_request' | 'invalid_grant' | 'unsupported_grant_type',
    readonly description: string,
  ) {
    super(description);
  }
}

/** Token responses must not be cached anywhere (RFC 6749 §5.1). */
const NO_CACHE = { Pragma: 'no-cache' };

function required(form: URLSearchParams, name: string): string {
  const value = form.get(name);
  if (value === null || value === '') throw new TokenError('invalid_request', `${name} is missing.`);
  return value;
}

/** RFC 7636 §4.6: BASE64URL(SHA256(ASCII(code_verifier))) must equal the stored challenge. */
function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

interface Issued {
  clientId: string;
  scope: string;
  authTime: number;
  nonce: string | undefined;
  code: string;
  /** A refresh rather than a first exchange. */
  renewal: boolean;
}

/** Access token, ID token when `openid` was granted, and a fresh refresh token. */
async function tokenResponse(context: ScenarioContext, issued: Issued): Promise<Record<string, string | number>> {
  const sub = subjectFor(context, issued.renewal);
  const accessToken = await mintAccessToken(context, issued.clientId, issued.scope, sub);
  const body: Record<string, string | number> = {
    access_token: accessToken,
    token_type: 'Bearer',
    ...expiresIn(context),
    scope: issued.scope,
  };
  if (hasScope(issued.scope, 'openid')) {
    body.id_token = await mintIdToken(context, { clientId: issued.clientId, nonce: issued.nonce, authTime: issued.authTime, accessToken, sub });
  }
  body.refresh_token = context.state.grants.issueRefreshToken({ clientId: issued.clientId, scope: issued.scope, authTime: issued.authTime, code: issued.code });
  return body;
}

function authorizationCodeGrant(context: ScenarioContext, form: URLSearchParams): Issued {
  const code = required(form, 'code');
  const clientId = required(form, 'client_id');
  const grant = context.state.grants.takeCode(code);
  if (grant === undefined) throw new TokenError('invalid_grant', 'The code is unknown.');
  if (grant === 'used') throw new TokenError('invalid_grant', 'The code has already been used.');
  if (grant.clientId !== clientId) throw new TokenError('invalid_grant', 'The code was issued to another client.');
  if (form.get('redirect_uri') !== grant.redirectUri) throw new TokenError('invalid_grant', 'redirect_uri differs from the authorization request.');
  const verifier = form.get('code_verifier') ?? '';
  if (verifier === '' || s256(verifier) !== grant.codeChallenge) throw new TokenError('invalid_grant', 'code_verifier does not match the code_challenge.');
  return { clientId, scope: grant.scope, authTime: grant.authTime, nonce: grant.nonce, code, renewal: false };
}

function refreshTokenGrant(context: ScenarioContext, form: URLSearchParams): Issued {
  const refreshToken = required(form, 'refresh_token');
  const clientId = required(form, 'client_id');
  const grant = context.state.grants.takeRefreshToken(refreshToken);
  if (grant === undefined) throw new TokenError('invalid_grant', 'The refresh token is unknown or has been used.');
  if (grant.clientId !== clientId) throw new TokenError('invalid_grant', 'The refresh token was issued to another client.');
  // A refresh is no new authentication, so the new ID token carries no nonce (OIDC Core §12.2).
  return { clientId, scope: grant.scope, authTime: grant.authTime, nonce: undefined, code: grant.code, renewal: true };
}

/** The three token-endpoint scenarios answer the way a broken server would, whatever was asked. */
function sendTokenDefect(context: ScenarioContext, res: ServerResponse, headers: Record<string, string>): boolean {
  switch (context.scenario) {
    case 'token-error':
      sendJson(res, 400, { error: 'invalid_grant', error_description: 'code expired' }, { ...headers, ...NO_CACHE });
      return true;
    case 'token-html':
      sendHtml(res, 200, 'Welcome', 'This is a web page, not a token response.', headers);
      return true;
    case 'token-500':
      sendJson(res, 500, { error: 'server_error' }, { ...headers, ...NO_CACHE });
      return true;
    default:
      return false;
  }
}

/** The token endpoint for public clients: authorization_code with PKCE, and rotating refresh tokens. */
export const tokenEndpoint: Endpoint = async (context, req, res, headers) => {
  const responseHeaders = { ...headers, ...NO_CACHE };
  try {
    const form = await readForm(req);
    const grantType = form.get('grant_type');
    if (grantType === 'authorization_code' || grantType === 'refresh_token') context.state.stats.token[grantType] += 1;
    const code = form.get('code');
    if (grantType === 'authorization_code' && code !== null) countCodeExchange(context.state.stats, code);
    if (sendTokenDefect(context, res, headers)) return;

    let issued: Issued;
    if (grantType === 'authorization_code') issued = authorizationCodeGrant(context, form);
    else if (grantType === 'refresh_token') issued = refreshTokenGrant(context, form);
    else throw new TokenError('unsupported_grant_type', 'Use grant_type authorization_code or refresh_token.');
    sendJson(res, 200, await tokenResponse(context, issued), responseHeaders);
  } catch (error) {
    if (error instanceof TokenError) sendJson(res, 400, { error: error.error, error_description: error.description }, responseHeaders);
    else if (error instanceof FormError) sendJson(res, 400, { error: error.code, error_description: error.message }, responseHeaders);
    else throw error;
  }
};
