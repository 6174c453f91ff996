import type { DefaultContext, DefaultState, Middleware } from 'koa';
import type { Client, KoaContextWithOIDC } from 'oidc-provider';
import type { VerifyAccessToken } from './access-token.ts';

/** Public clients may introspect only their own tokens; confidential ones any token of ours. */
export function introspectionAllowed(client: Client, tokenClientId: string | undefined): boolean {
  return client.clientAuthMethod !== 'none' || tokenClientId === client.clientId;
}

/** `features.introspection.allowedPolicy` for oidc-provider. */
export const allowedPolicy = (_ctx: KoaContextWithOIDC, client: Client, token: { clientId?: string | undefined }): boolean =>
  introspectionAllowed(client, token.clientId);

type IntrospectionContext = DefaultContext & { oidc?: KoaContextWithOIDC['oidc'] };

/**
 * oidc-provider keeps no record of JWT access tokens, so its introspection calls every one of
 * them inactive. After it has authenticated the caller and answered, this fills in the answer
 * for a valid JWT access token of ours, as IdentityServer's introspection does.
 */
export function introspectJwtAccessTokens(issuer: string, verify: VerifyAccessToken): Middleware<DefaultState, IntrospectionContext> {
  return async (ctx, next) => {
    await next();
    const { oidc } = ctx;
    if (oidc?.route !== 'introspection' || ctx.status !== 200 || (ctx.body as { active?: unknown } | undefined)?.active !== false) return;
    const token = oidc.params?.token;
    const client = oidc.client;
    if (typeof token !== 'string' || !client) return;
    const claims = await verify(token);
    if (!claims || !introspectionAllowed(client, claims.clientId)) return;
    ctx.body = {
      active: true,
      iss: issuer,
      sub: claims.sub,
      client_id: claims.clientId,
      aud: claims.aud,
      scope: [...claims.scopes].join(' '),
      exp: claims.exp,
      iat: claims.iat,
      jti: claims.jti,
      // RFC 9449 §6.2: a bound token is introspected with its binding.
      ...(claims.jkt === undefined ? { token_type: 'Bearer' } : { token_type: 'DPoP', cnf: { jkt: claims.jkt } }),
    };
  };
}
