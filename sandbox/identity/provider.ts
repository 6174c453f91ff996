import Provider from 'oidc-provider';
import { accessTokenVerifier } from './access-token.ts';
import { allowImplicitOnLocalhost, allowPlainTokenResponseType, SERVICE_CLIENT_ID, SPA_CLIENT_ID } from './clients.ts';
import { DISCOVERY_PATH, identityConfiguration, ROUTES } from './configuration.ts';
import type { ConfigurationOptions } from './configuration.ts';
import { appOriginCors } from './cors.ts';
import { introspectJwtAccessTokens } from './introspection.ts';
import { offlineAccessAsksForConsent } from './offline-access.ts';
import { registerPasswordGrant } from './password-grant.ts';
import { resourceIndicators } from './resource-server.ts';
import { userinfoEndpoint } from './userinfo.ts';

/** oidc-provider configured as id.aritma.io, with the sandbox's additions in front of its routes. */
export async function createProvider(issuer: string, options: ConfigurationOptions): Promise<Provider> {
  const provider = new Provider(issuer, identityConfiguration(options));
  allowImplicitOnLocalhost(provider);
  allowPlainTokenResponseType(provider);
  registerPasswordGrant(provider, resourceIndicators(options.accessTokenTtl).getResourceServerInfo);

  const verify = accessTokenVerifier(issuer, options.keys.publicJwks);
  const corsPaths = [DISCOVERY_PATH, ROUTES.jwks, ROUTES.token, ROUTES.userinfo, ROUTES.revocation, ROUTES.introspection, ROUTES.pushed_authorization_request];
  // Order matters: CORS headers first, so they are on every answer below, including userinfo's.
  provider.use(appOriginCors(corsPaths, options.appOrigins));
  provider.use(offlineAccessAsksForConsent(ROUTES.authorization));
  provider.use(userinfoEndpoint(ROUTES.userinfo, issuer, verify));
  provider.use(introspectJwtAccessTokens(issuer, verify));

  provider.on('server_error', (_ctx, error) => console.error('identity: server error', error));

  // oidc-provider validates static clients on first use; doing it now fails the start instead.
  await Promise.all([SPA_CLIENT_ID, SERVICE_CLIENT_ID].map((id) => provider.Client.find(id)));
  return provider;
}
