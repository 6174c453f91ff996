import type { Middleware } from 'koa';

/** Headers a browser app sends to the token, PAR, userinfo, revocation and introspection endpoints. */
const ALLOWED_REQUEST_HEADERS = 'Authorization, Content-Type, DPoP';

/**
 * CORS for the app's origins only, on the endpoints a browser app calls (discovery, JWKS, token,
 * userinfo, revocation, introspection). oidc-provider's own CORS answers every origin on discovery
 * and JWKS and stands aside when a response already has CORS headers; other origins get none.
 */
export function appOriginCors(paths: readonly string[], appOrigins: readonly string[]): Middleware {
  const corsPaths = new Set(paths);
  const origins = new Set(appOrigins);
  return async (ctx, next) => {
    const origin = ctx.get('Origin');
    if (!origin || !corsPaths.has(ctx.path)) return next();
    ctx.vary('Origin');
    const preflight = ctx.method === 'OPTIONS';

    if (!origins.has(origin)) {
      if (preflight) {
        ctx.status = 204;
        return;
      }
      await next();
      for (const name of Object.keys(ctx.response.headers)) {
        if (name.toLowerCase().startsWith('access-control-')) ctx.remove(name);
      }
      return;
    }

    ctx.set('Access-Control-Allow-Origin', origin);
    if (preflight) {
      ctx.set('Access-Control-Allow-Methods', 'GET, POST');
      ctx.set('Access-Control-Allow-Headers', ALLOWED_REQUEST_HEADERS);
      ctx.set('Access-Control-Max-Age', '3600');
      ctx.status = 204;
      return;
    }
    // DPoP-Nonce: the nonce a DPoP client must put in its next proof (RFC 9449 §8).
    ctx.set('Access-Control-Expose-Headers', 'WWW-Authenticate, DPoP-Nonce');
    await next();
  };
}
