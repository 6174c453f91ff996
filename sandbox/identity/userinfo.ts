import type { Context, Middleware } from 'koa';
import type { VerifyAccessToken } from './access-token.ts';
import { FormBodyError, readFormBody } from './form-body.ts';
import { claimsForScopes } from './scopes.ts';
import { findUser, userClaims } from './users.ts';

/** RFC 6750 §3 error answer, with the same fields in the JSON body as oidc-provider's errors. */
function refuse(ctx: Context, realm: string, status: number, error?: string, description?: string, scope?: string): void {
  const params = [`realm="${realm}"`];
  if (error) params.push(`error="${error}"`);
  if (description) params.push(`error_description="${description}"`);
  if (scope) params.push(`scope="${scope}"`);
  ctx.set('WWW-Authenticate', `Bearer ${params.join(', ')}`);
  ctx.status = status;
  ctx.body = error ? { error, error_description: description, scope } : { error: 'invalid_request', error_description: 'no access token provided' };
}

/** The bearer token from the Authorization header or, for POST, the form body (RFC 6750 §2.1, §2.2). */
async function presentedTokens(ctx: Context): Promise<string[]> {
  const tokens: string[] = [];
  const [scheme, value] = (ctx.get('Authorization') || '').split(' ');
  if (scheme?.toLowerCase() === 'bearer' && value) tokens.push(value);
  if (ctx.method === 'POST' && ctx.is('application/x-www-form-urlencoded')) {
    const fromBody = (await readFormBody(ctx.req)).get('access_token');
    if (fromBody) tokens.push(fromBody);
  }
  return tokens;
}

/**
 * The userinfo endpoint, answering for the JWT access tokens this server issues, as IdentityServer
 * does: any unexpired token of ours with the `openid` scope and a user behind it. oidc-provider's
 * own userinfo only accepts opaque tokens without an audience, so it never sees these requests.
 */
export function userinfoEndpoint(path: string, realm: string, verify: VerifyAccessToken): Middleware {
  return async (ctx, next) => {
    if (ctx.path !== path || (ctx.method !== 'GET' && ctx.method !== 'POST')) return next();
    ctx.set('Cache-Control', 'no-store');

    let tokens: string[];
    try {
      tokens = await presentedTokens(ctx);
    } catch (error) {
      if (error instanceof FormBodyError) return refuse(ctx, realm, error.status, 'invalid_request', error.message);
      throw error;
    }
    if (tokens.length > 1) return refuse(ctx, realm, 400, 'invalid_request', 'send the access token in one place only');
    const [token] = tokens;
    if (!token) return refuse(ctx, realm, 401);

    const claims = await verify(token);
    if (!claims) return refuse(ctx, realm, 401, 'invalid_token', 'the access token is invalid or expired');
    if (!claims.scopes.has('openid')) return refuse(ctx, realm, 403, 'insufficient_scope', 'the access token lacks the openid scope', 'openid');
    const user = findUser(claims.sub);
    if (!user) return refuse(ctx, realm, 401, 'invalid_token', 'the access token does not belong to a user');

    const released = claimsForScopes(claims.scopes);
    ctx.body = Object.fromEntries(Object.entries(userClaims(user)).filter(([name]) => released.has(name)));
  };
}
