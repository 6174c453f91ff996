import type { ClientMetadata, Provider, ResponseType } from 'oidc-provider';
// oidc-provider keeps its resolved configuration in this module's WeakMap; it is the only way to reach it.
import instance from 'oidc-provider/lib/helpers/weak_cache.js';
import { API_SCOPE } from './scopes.ts';

export const SPA_CLIENT_ID = 'open-banking-explorer';
export const SERVICE_CLIENT_ID = 'open-banking-service';
export const SERVICE_CLIENT_SECRET = 'sandbox-secret';

/** The two clients of the contract: the browser app, and a server-side service with a secret. */
export function sandboxClients(appOrigins: readonly string[]): ClientMetadata[] {
  return [
    {
      client_id: SPA_CLIENT_ID,
      client_name: 'Open Banking Explorer',
      application_type: 'web',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token', 'implicit'],
      // oidc-provider's types list only the response types its configuration check allows; see allowPlainTokenResponseType.
      response_types: ['code', 'id_token token', 'token' as ResponseType],
      redirect_uris: appOrigins.flatMap((origin) => [`${origin}/callback`, `${origin}/silent-callback.html`, `${origin}/explorer/callback`]),
      post_logout_redirect_uris: appOrigins.map((origin) => `${origin}/`),
      scope: `openid profile email offline_access ${API_SCOPE}`,
    },
    {
      client_id: SERVICE_CLIENT_ID,
      client_name: 'Open Banking service',
      client_secret: SERVICE_CLIENT_SECRET,
      // oidc-provider accepts client_secret_post for a client registered with client_secret_basic.
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['client_credentials', 'password'],
      response_types: [],
      redirect_uris: [],
      scope: `openid profile email ${API_SCOPE}`,
    },
  ];
}

/**
 * Aritma ID documents implicit as plain `response_type=token` (an access token, no ID token). oidc-provider
 * implements that response type in full but its configuration check refuses to list it (OIDC has no use for it),
 * so it is added to the resolved configuration after that check, before any client is validated.
 */
export function allowPlainTokenResponseType(provider: Provider): void {
  const configuration = instance(provider).configuration('responseTypes');
  if (!Array.isArray(configuration)) throw new Error('oidc-provider keeps its response types elsewhere now; see allowPlainTokenResponseType');
  if (!configuration.includes('token')) configuration.push('token');
}

const SANDBOX_ONLY_CHECKS = new Set(['implicit-force-https', 'implicit-forbid-localhost']);

// oidc-provider keeps the client schema class off its public types; this is the one member the recipe needs.
interface ClientSchemaPrototype {
  invalidate(this: unknown, message: string, code?: string): void;
}

/**
 * Lets the SPA use implicit with http://localhost redirect URIs, which OIDC forbids and
 * oidc-provider therefore refuses (recipe "implicit_http_localhost"). Sandbox only.
 */
export function allowImplicitOnLocalhost(provider: Provider): void {
  const schema = (provider.Client as unknown as { Schema: { prototype: ClientSchemaPrototype } }).Schema.prototype;
  const invalidate = schema.invalidate;
  schema.invalidate = function invalidateUnlessSandboxOnly(message, code) {
    if (code !== undefined && SANDBOX_ONLY_CHECKS.has(code)) return;
    invalidate.call(this, message, code);
  };
}
