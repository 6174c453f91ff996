import type { Middleware } from 'koa';

/**
 * Makes `offline_access` work for a plain code + PKCE sign-in, as at id.aritma.io.
 * oidc-provider follows OIDC Core §11 to the letter and drops `offline_access` unless the request
 * also says `prompt=consent`; oidc-client-ts never adds that. So a GET authorization request for a
 * code that asks for `offline_access` gets `consent` added to its prompt: the user then always sees
 * the consent page, which is exactly the consent §11 asks for, and the refresh token follows.
 * `prompt=none` (silent renew) is left alone; it cannot be combined with other prompts.
 */
export function offlineAccessAsksForConsent(authorizationPath: string): Middleware {
  return async (ctx, next) => {
    if (ctx.path === authorizationPath && ctx.method === 'GET') {
      const query = new URLSearchParams(ctx.querystring);
      const scopes = (query.get('scope') ?? '').split(' ');
      const prompts = (query.get('prompt') ?? '').split(' ').filter(Boolean);
      const wantsCode = (query.get('response_type') ?? '').split(' ').includes('code');
      if (scopes.includes('offline_access') && wantsCode && !prompts.includes('none') && !prompts.includes('consent')) {
        query.set('prompt', [...prompts, 'consent'].join(' '));
        ctx.querystring = query.toString();
        // oidc-provider finds a tenant's mount path by locating url inside originalUrl; keep them matching.
        const original = (ctx.req as { originalUrl?: string }).originalUrl;
        if (original !== undefined) (ctx.req as { originalUrl?: string }).originalUrl = original.slice(0, original.length - ctx.originalUrl.length) + ctx.url;
      }
    }
    await next();
  };
}
