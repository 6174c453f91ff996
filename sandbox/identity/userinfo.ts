import type { Context, Middleware } from 'koa';
import { checkDpopProof, DPOP_ALGORITHMS, DpopNonces, JtiReplayCache } from '../dpop.ts';
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

/** RFC 9449 §7.1 error answer for a DPoP request or a DPoP-bound token. */
function refuseDpop(ctx: Context, error: 'invalid_token' | 'invalid_dpop_proof', description: string): void {
  ctx.set('WWW-Authenticate', `DPoP error="${error}", error_description="${description}", algs="${DPOP_ALGORITHMS.join(' ')}"`);
  ctx.status = 401;
  ctx.body = { error, error_description: description };
}

/** The access token from the Authorization header (Bearer or DPoP) or, for POST, the form body (RFC 6750 §2.1, §2.2). */
async function presentedTokens(ctx: Context): Promise<{ tokens: string[]; dpop: boolean }> {
  const tokens: string[] = [];
  const [scheme, value] = (ctx.get('Authorization') || '').split(' ');
  const dpop = scheme?.toLowerCase() === 'dpop';
  if ((scheme?.toLowerCase() === 'bearer' || dpop) && value) tokens.push(value);
  if (ctx.method === 'POST' && ctx.is('application/x-www-form-urlencoded')) {
    const fromBody = (await readFormBody(ctx.req)).get('access_token');
    if (fromBody) tokens.push(fromBody);
  }
  return { tokens, dpop };
}

/**
 * The userinfo endpoint, answering for the JWT access tokens this server issues, as IdentityServer
 * does: any unexpired token of ours with the `openid` scope and a user behind it. oidc-provider's
 * own userinfo only accepts opaque tokens without an audience, so it never sees these requests.
 */
export function userinfoEndpoint(path: string, realm: string, verify: VerifyAccessToken): Middleware {
  // Userinfo never demands a nonce: oidc-provider's nonces are for its own endpoints.
  const dpop = { replay: new JtiReplayCache(), nonces: new DpopNonces(), requireNonce: false };
  return async (ctx, next) => {
    if (ctx.path !== path || (ctx.method !== 'GET' && ctx.method !== 'POST')) return next();
    ctx.set('Cache-Control', 'no-store');

    let presented: Awaited<ReturnType<typeof presentedTokens>>;
    try {
      presented = await presentedTokens(ctx);
    } catch (error) {
      if (error instanceof FormBodyError) return refuse(ctx, realm, error.status, 'invalid_request', error.message);
      throw error;
    }
    const { tokens } = presented;
    if (tokens.length > 1) return refuse(ctx, realm, 400, 'invalid_request', 'send the access token in one place only');
    const [token] = tokens;
    if (!token) return refuse(ctx, realm, 401);

    const claims = await verify(token);
    if (!claims) return presented.dpop ? refuseDpop(ctx, 'invalid_token', 'the access token is invalid or expired') : refuse(ctx, realm, 401, 'invalid_token', 'the access token is invalid or expired');
    if (presented.dpop || claims.jkt !== undefined) {
      // RFC 9449 §7: a bound token only with the DPoP scheme and a proof of its key; an unbound one only as Bearer.
      if (!presented.dpop) return refuseDpop(ctx, 'invalid_token', 'the access token is DPoP-bound: send it with the DPoP scheme and a proof');
      const proof = await checkDpopProof({ proof: ctx.get('DPoP') || undefined, method: ctx.method, url: new URL(ctx.href), accessToken: token }, { now: new Date(), ...dpop });
      if (!proof.ok) return refuseDpop(ctx, 'invalid_dpop_proof', proof.description.replace(/"/g, "'"));
      if (claims.jkt === undefined || proof.jkt !== claims.jkt) return refuseDpop(ctx, 'invalid_token', 'the DPoP proof key is not the key the access token is bound to');
    }
    if (!claims.scopes.has('openid')) return refuse(ctx, realm, 403, 'insufficient_scope', 'the access token lacks the openid scope', 'openid');
    const user = findUser(claims.sub);
    if (!user) return refuse(ctx, realm, 401, 'invalid_token', 'the access token does not belong to a user');

    const released = claimsForScopes(claims.scopes);
    ctx.body = Object.fromEntries(Object.entries(userClaims(user)).filter(([name]) => released.has(name)));
  };
}
