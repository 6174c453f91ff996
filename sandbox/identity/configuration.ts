import { randomBytes } from 'node:crypto';
import type { Client, Configuration, KoaContextWithOIDC, RefreshToken } from 'oidc-provider';
import { DPOP_ALGORITHMS } from '../dpop.ts';
import { identityServerClaims } from './access-token-claims.ts';
import { createMemoryAdapter } from './adapter.ts';
import { sandboxClients } from './clients.ts';
import { allowedPolicy } from './introspection.ts';
import { interactionUrl } from './interactions.ts';
import type { IdentityKeys } from './keys.ts';
import { resourceIndicators } from './resource-server.ts';
import { SCOPE_CLAIMS, SUPPORTED_SCOPES } from './scopes.ts';
import { findAccount, findUser } from './users.ts';
import { errorPage, logoutPage, PAGE_HEADERS, signedOutPage } from './views.ts';

/** The IdentityServer-style paths id.aritma.io uses. */
export const ROUTES = {
  authorization: '/connect/authorize',
  token: '/connect/token',
  userinfo: '/connect/userinfo',
  end_session: '/connect/endsession',
  revocation: '/connect/revocation',
  introspection: '/connect/introspect',
  // IdentityServer's path for PAR (RFC 9126).
  pushed_authorization_request: '/connect/par',
  jwks: '/.well-known/openid-configuration/jwks',
} as const;

export const DISCOVERY_PATH = '/.well-known/openid-configuration';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SESSION_TTL = 14 * DAY;

export interface ConfigurationOptions {
  accessTokenTtl: number;
  /** The `tid` of every token: the tenant in the issuer's path, or DEFAULT_TENANT_ID without one. */
  tenantId?: string;
  appOrigins: readonly string[];
  keys: IdentityKeys;
  /** 'require': every DPoP proof at the token endpoint must carry a nonce this server issued (RFC 9449 §8). */
  dpopNonce: DpopNoncePolicy;
}

export type DpopNoncePolicy = 'optional' | 'require';

/** Our pages replace oidc-provider's, so they get our headers too. */
function renderPage(ctx: KoaContextWithOIDC, html: string): void {
  ctx.set(PAGE_HEADERS);
  ctx.body = html;
}

/**
 * A rotated SPA refresh token inherits what is left of its predecessor's lifetime, so rotation
 * never extends a browser session forever (oidc-provider's default policy, kept explicit).
 */
function refreshTokenTtl(ctx: KoaContextWithOIDC | undefined, token: RefreshToken, client: Client): number {
  // ctx is absent when oidc-provider asks outside a request.
  const rotated = ctx?.oidc.entities.RotatedRefreshToken;
  if (rotated && client.clientAuthMethod === 'none' && !token.isSenderConstrained()) return rotated.remainingTTL;
  return SESSION_TTL;
}

function tenantCookieNames(tenantId: string) {
  return { session: `_session.${tenantId}`, interaction: `_interaction.${tenantId}`, resume: `_interaction_resume.${tenantId}` };
}

/** The tenant id of the issuer without a tenant path (Aritma ID's "default tenant"). */
export const DEFAULT_TENANT_ID = 'default';

export function identityConfiguration({ accessTokenTtl, appOrigins, keys, dpopNonce, tenantId = DEFAULT_TENANT_ID }: ConfigurationOptions): Configuration {
  const origins = new Set(appOrigins);
  return {
    adapter: createMemoryAdapter(),
    clients: sandboxClients(appOrigins),
    claims: SCOPE_CLAIMS,
    scopes: [...SUPPORTED_SCOPES],
    findAccount,
    jwks: keys.signing,
    // A tenant's issuer shares the host, so its cookies get names of their own.
    cookies: tenantId === DEFAULT_TENANT_ID ? { keys: keys.cookieKeys } : { keys: keys.cookieKeys, names: tenantCookieNames(tenantId) },
    routes: ROUTES,
    // Plain `token` too, added after oidc-provider's configuration check (allowPlainTokenResponseType).
    responseTypes: ['code', 'id_token token'],
    enabledJWA: { dPoPSigningAlgValues: [...DPOP_ALGORITHMS] },
    formats: { customizers: { jwt: identityServerClaims(tenantId) } },
    clientAuthMethods: ['client_secret_basic', 'client_secret_post', 'none'],
    pkce: { methods: ['S256'], required: () => true },
    rotateRefreshToken: true,
    clientBasedCORS: (_ctx, origin) => origins.has(origin),
    interactions: { url: interactionUrl },
    features: {
      devInteractions: { enabled: false },
      // Neither is documented for id.aritma.io; offered so the app and the explorer can show them. Clients may, not must, use them.
      pushedAuthorizationRequests: { enabled: true, requirePushedAuthorizationRequests: false },
      dPoP: {
        enabled: true,
        // Nonces are always issued and honoured; only demanded when asked for.
        nonceSecret: randomBytes(32),
        requireNonce: () => dpopNonce === 'require',
      },
      clientCredentials: { enabled: true },
      introspection: { enabled: true, allowedPolicy },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      resourceIndicators: resourceIndicators(accessTokenTtl),
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          const user = findUser(ctx.oidc.session?.accountId ?? '');
          renderPage(ctx, logoutPage(form, user?.claims.name));
        },
        postLogoutSuccessSource: (ctx) => {
          const client = ctx.oidc.client;
          const url = client?.postLogoutRedirectUris?.[0];
          renderPage(ctx, signedOutPage(client && url ? { name: client.clientName ?? client.clientId, url } : undefined));
        },
      },
    },
    renderError: (ctx, out) => {
      renderPage(ctx, errorPage(out.error_description ?? 'The request could not be completed.', out.error));
    },
    ttl: {
      AccessToken: accessTokenTtl,
      ClientCredentials: accessTokenTtl,
      IdToken: HOUR,
      AuthorizationCode: MINUTE,
      RefreshToken: refreshTokenTtl,
      Interaction: HOUR,
      Session: SESSION_TTL,
      Grant: SESSION_TTL,
    },
  };
}
