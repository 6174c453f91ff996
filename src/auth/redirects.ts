import { OidcClient, type UserManager } from 'oidc-client-ts';
import { trustedMetadata } from './discovery';
import { randomToken } from './random';
import { kindOf, paramsOf, record } from './wire-log';

/** Leaves for the identity server, noting the request in the wire log first. */
export function navigateRecorded(url: string): void {
  const target = new URL(url);
  record({ kind: kindOf(target, 'GET'), method: 'GET', url: `${target.origin}${target.pathname}`, sent: paramsOf(target.search) });
  window.location.assign(url);
}

/** Notes an authorization response that came back to this app. */
export function recordCallback(url: string): void {
  const callback = new URL(url);
  const received = { ...paramsOf(callback.search), ...paramsOf(callback.hash.slice(1)) };
  record({ kind: 'callback', method: 'GET', url: `${callback.origin}${callback.pathname}`, sent: {}, received });
}

/**
 * Starts a code + PKCE sign-in with oidc-client-ts's own request (state, PKCE S256 and a nonce,
 * kept in its state store), after checking the discovery document's issuer.
 */
export async function startCodeSignin(userManager: UserManager, returnTo: string): Promise<void> {
  await trustedMetadata(userManager);
  const client = new OidcClient(userManager.settings, userManager.metadataService);
  // oidc-client-ts sends no nonce for the code flow unless given one; it then checks it in the ID token.
  const request = await client.createSigninRequest({ request_type: 'si:r', state: { returnTo }, nonce: randomToken() });
  navigateRecorded(request.url);
}

/** RP-initiated logout: forgets the user here, then ends the session at the identity server. */
export async function startSignout(userManager: UserManager): Promise<void> {
  const user = await userManager.getUser();
  const client = new OidcClient(userManager.settings, userManager.metadataService);
  const request = await client.createSignoutRequest({
    request_type: 'so:r',
    id_token_hint: user?.id_token,
    post_logout_redirect_uri: userManager.settings.post_logout_redirect_uri,
  });
  await userManager.removeUser();
  navigateRecorded(request.url);
}
