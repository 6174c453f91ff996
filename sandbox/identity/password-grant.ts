import { errors } from 'oidc-provider';
import type { IdToken, KoaContextWithOIDC, Provider, ResourceServer } from 'oidc-provider';
import { API_RESOURCE } from './resource-server.ts';
import { verifyCredentials } from './users.ts';

export const PASSWORD_GRANT_TYPE = 'password';
const PARAMETERS = ['username', 'password', 'scope'];

type ResourceServerInfo = (ctx: KoaContextWithOIDC, indicator: string) => ResourceServer;

function stringParam(ctx: KoaContextWithOIDC, name: string): string | undefined {
  const value = ctx.oidc.params?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The resource owner password grant (RFC 6749 §4.3), which Aritma documents and oidc-provider
 * does not ship. It answers like the other grants: a JWT access token for the API, plus an ID
 * token when `openid` is asked for. Without `scope` the client's registered scope is used.
 */
export function registerPasswordGrant(provider: Provider, resourceServerInfo: ResourceServerInfo): void {
  async function passwordGrant(ctx: KoaContextWithOIDC, next: () => Promise<void>): Promise<void> {
    const client = ctx.oidc.client;
    if (!client) throw new errors.InvalidClient('client not found');
    const username = stringParam(ctx, 'username');
    const password = stringParam(ctx, 'password');
    if (!username || !password) throw new errors.InvalidRequest('missing required parameter(s) (username, password)');

    const allowed = new Set((client.scope ?? '').split(' '));
    const requested = (stringParam(ctx, 'scope') ?? client.scope ?? '').split(' ').filter(Boolean);
    const notAllowed = requested.find((scope) => !allowed.has(scope));
    if (notAllowed) throw new errors.InvalidScope('requested scope is not allowed', notAllowed);

    const user = verifyCredentials(username, password);
    if (!user) throw new errors.InvalidGrant('wrong username or password');

    const resourceServer = resourceServerInfo(ctx, API_RESOURCE);
    const apiScopes = new Set(resourceServer.scope.split(' '));
    const scope = requested.filter((value) => apiScopes.has(value)).join(' ');
    const accessToken = new provider.AccessToken({
      accountId: user.sub,
      client,
      gty: PASSWORD_GRANT_TYPE,
      scope,
      resourceServer,
      // The types demand a grant id, but like client_credentials tokens these belong to no grant.
      grantId: undefined as unknown as string,
    });
    ctx.oidc.entity('AccessToken', accessToken);
    const value = await accessToken.save();

    let idToken: string | undefined;
    if (requested.includes('openid')) {
      const account = await provider.Account.findAccount(ctx, user.sub);
      if (!account) throw new errors.InvalidGrant('user not found');
      const token = new provider.IdToken({ ...(await account.claims('id_token', scope, {}, [])) }, { ctx });
      // `scope` picks the released claims; oidc-provider reads it but its types leave it out.
      (token as IdToken & { scope: string }).scope = scope;
      idToken = await token.issue({ use: 'idtoken' });
    }

    ctx.body = {
      access_token: value,
      expires_in: accessToken.expiration,
      token_type: accessToken.tokenType,
      scope,
      id_token: idToken,
    };
    await next();
  }

  provider.registerGrantType(PASSWORD_GRANT_TYPE, passwordGrant, PARAMETERS);
}
