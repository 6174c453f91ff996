import { errors } from 'oidc-provider';
import type { KoaContextWithOIDC, ResourceServer } from 'oidc-provider';
import { API_SCOPE, SUPPORTED_SCOPES } from './scopes.ts';

/**
 * The Open Banking API as an RFC 8707 resource. Clients never have to send it: it is the default
 * resource of every request, which is what makes oidc-provider issue JWT access tokens at all.
 */
export const API_RESOURCE = 'urn:aritma:bankservice';

/** The `aud` of every access token, as id.aritma.io issues them. */
export const API_AUDIENCE = API_SCOPE;

/**
 * User tokens carry every granted scope, `openid` included, like IdentityServer's do; that scope
 * is what lets the same token call userinfo. Client tokens have no user, so only the API scope.
 */
function resourceScope(ctx: KoaContextWithOIDC): string {
  const grantType = ctx.oidc.params?.grant_type;
  return grantType === 'client_credentials' ? API_SCOPE : SUPPORTED_SCOPES.join(' ');
}

/** `features.resourceIndicators` for oidc-provider: one resource, JWT tokens, no `resource` parameter needed. */
export function resourceIndicators(accessTokenTtl: number) {
  return {
    enabled: true,
    defaultResource: (_ctx: KoaContextWithOIDC, _client: unknown, oneOf?: string[]) => (oneOf && !oneOf.includes(API_RESOURCE) ? oneOf : API_RESOURCE),
    // Lets code and refresh-token exchanges without `resource` still get the API token, not an opaque userinfo one.
    useGrantedResource: () => true,
    getResourceServerInfo: (ctx: KoaContextWithOIDC, indicator: string): ResourceServer => {
      if (indicator !== API_RESOURCE) throw new errors.InvalidTarget(`unknown resource; this server only issues tokens for ${API_RESOURCE}`);
      return {
        scope: resourceScope(ctx),
        audience: API_AUDIENCE,
        accessTokenTTL: accessTokenTtl,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'RS256' } },
      };
    },
  };
}
