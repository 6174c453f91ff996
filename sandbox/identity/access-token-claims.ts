import type { AccessToken, ClientCredentials, JWTStructured, KoaContextWithOIDC } from 'oidc-provider';

/** What stands for "how and when the user signed in" on the token's way here. */
interface SignIn {
  /** Seconds since the epoch; oidc-provider's types call the session's a string. */
  authTime?: unknown;
  amr?: string[] | undefined;
}

/** The sign-in behind a user token: the code or refresh token it came from, else the browser session (implicit). */
function signInOf(ctx: KoaContextWithOIDC, token: AccessToken | ClientCredentials, issuedAt: unknown): SignIn | undefined {
  const { entities } = ctx.oidc;
  const stored = entities.AuthorizationCode ?? entities.RefreshToken;
  if (stored) return { authTime: stored.authTime, amr: stored.amr };
  // The password grant signs the user in on the spot, with a password.
  if ('gty' in token && token.gty === 'password') return { authTime: Number(issuedAt), amr: ['pwd'] };
  const session = ctx.oidc.session;
  return session ? { authTime: session.authTime() ?? undefined, amr: session.amr } : undefined;
}

/**
 * Makes the JWT access tokens look like Aritma ID's (IdentityServer): `scope` as a JSON array, `nbf`, the tenant
 * in `tid`, and for user tokens `auth_time` and `amr`. oidc-provider already sets `jti`, `iat`, `exp`.
 */
export function identityServerClaims(tenantId: string) {
  return (ctx: KoaContextWithOIDC, token: AccessToken | ClientCredentials, jwt: JWTStructured): JWTStructured => {
    const { payload } = jwt;
    if (typeof payload.scope === 'string') payload.scope = payload.scope.split(' ').filter(Boolean);
    payload.nbf = payload.iat;
    payload.tid = tenantId;
    if (payload.sub !== payload.client_id) {
      const signIn = signInOf(ctx, token, payload.iat);
      const authTime = Number(signIn?.authTime);
      if (Number.isInteger(authTime)) payload.auth_time = authTime;
      if (signIn?.amr?.length) payload.amr = signIn.amr;
    }
    return jwt;
  };
}
