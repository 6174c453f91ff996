import { OidcClient, SigninState, User, type RefreshState, type UserManager } from 'oidc-client-ts';
import { trustedMetadata } from './discovery';
import { AuthProtocolError } from './protocol-error';
import { randomToken } from './random';
import { navigateRecorded } from './redirects';
import { checkResponseIssuer } from './response-issuer';
import { answerInIframe } from './silent-frame';
import { prefetchKeys } from './jwks';
import { verifyIdToken } from './verify-id-token';
import { withBoundedExpiry } from './token-lifetime';

/*
 * Authorization code + PKCE with oidc-client-ts's public API: it builds the request, keeps state and
 * verifier, and exchanges the code; we check what it does not (RFC 9207 iss, the ID token's signature)
 * and hand back a User that is stored only once every check has passed.
 */

const clientOf = (userManager: UserManager) => new OidcClient(userManager.settings, userManager.metadataService);

/** Sends the browser to the identity server with oidc-client-ts's request (state, PKCE S256, nonce). */
export async function startCodeSignin(userManager: UserManager, returnTo: string, dpopJkt?: string): Promise<void> {
  await trustedMetadata(userManager);
  // oidc-client-ts sends no nonce for the code flow unless given one; it then checks it in the ID token.
  // dpop_jkt binds the code to the session's DPoP key (RFC 9449 §10).
  // skipUserInfo: the callback asks userinfo itself, while the ID token is verified, not after the exchange.
  const request = await clientOf(userManager).createSigninRequest({ request_type: 'si:r', state: { returnTo }, nonce: randomToken(), dpopJkt, skipUserInfo: true });
  navigateRecorded(request.url);
}

async function verifiedIdToken(userManager: UserManager, idToken: string | undefined, nonce: string | undefined): Promise<void> {
  if (!idToken) return;
  const metadata = await trustedMetadata(userManager);
  if (!metadata.jwks_uri) throw new AuthProtocolError('discovery_issuer', 'Discovery names no jwks_uri to verify the ID token with.');
  await verifyIdToken(idToken, metadata.jwks_uri, { issuer: metadata.issuer, clientId: userManager.settings.client_id, nonce });
}

/** Userinfo's claims for a new session's access token (Bearer or with a DPoP proof), `sub` checked against the ID token's. */
export type LoadUserinfo = (endpoint: string, user: User) => Promise<Record<string, unknown>>;

/**
 * Finishes a code sign-in from its response URL (the callback page or the renewal iframe): iss first,
 * before any code is exchanged; then the exchange, then the ID token (signature, iss, aud, exp, iat, nonce).
 * A request made with skipUserInfo gets userinfo from `loadUserinfo`, asked while the ID token is verified;
 * `exchanged` hears of the tokens as they arrive, before they are checked.
 */
export async function completeCodeSignin(userManager: UserManager, responseUrl: string, loadUserinfo?: LoadUserinfo, exchanged?: (user: User) => void): Promise<User> {
  const params = new URL(responseUrl).searchParams;
  const stateId = params.get('state');
  const metadata = await trustedMetadata(userManager);
  // The signing keys load while the code is exchanged (the session's code carries jose: no import to wait for).
  if (metadata.jwks_uri) prefetchKeys(metadata.jwks_uri);
  const stored = stateId ? await userManager.settings.stateStore.get(stateId) : null;
  const state = stored ? await SigninState.fromStorageString(stored) : null;
  try {
    checkResponseIssuer(params.get('iss'), metadata);
  } catch (error) {
    if (stateId) await userManager.settings.stateStore.remove(stateId); // one-time, even when refused
    throw error;
  }
  const response = await clientOf(userManager).processSigninResponse(responseUrl);
  const user = new User(response);
  exchanged?.(user); // not yet a session: the checks below decide whether it becomes one
  // Userinfo is OpenID Connect's: asked with an ID token only, as oidc-client-ts would.
  const endpoint = state?.skipUserInfo && response.isOpenId ? metadata.userinfo_endpoint : undefined;
  // Asked now, but its answer (or failure) counts only once the ID token has passed every check.
  const asked = endpoint && loadUserinfo ? loadUserinfo(endpoint, user) : undefined;
  asked?.catch(() => undefined);
  await verifiedIdToken(userManager, response.id_token, state?.nonce);
  const claims = await asked;
  if (claims) user.profile = { ...user.profile, ...claims, sub: user.profile.sub };
  return withBoundedExpiry(user);
}

/**
 * Renews a code-flow session: with its refresh token when it has one, else with prompt=none in a hidden
 * iframe, whose answer passes the same checks as a sign-in. The result is verified, not yet stored.
 */
export async function renewCodeSignin(userManager: UserManager, current: User): Promise<User> {
  const client = clientOf(userManager);
  if (current.refresh_token) {
    await trustedMetadata(userManager);
    // The library exports RefreshState as a type only; its fields are these.
    const state: RefreshState = {
      refresh_token: current.refresh_token,
      id_token: current.id_token,
      session_state: current.session_state,
      scope: current.scope,
      profile: current.profile,
      data: current.state,
    };
    const response = await client.useRefreshToken({ state, timeoutInSeconds: userManager.settings.silentRequestTimeoutInSeconds });
    if (response.id_token !== current.id_token) await verifiedIdToken(userManager, response.id_token, undefined);
    return withBoundedExpiry(new User({ ...state, ...response }));
  }
  await trustedMetadata(userManager);
  const request = await client.createSigninRequest({
    request_type: 'si:s',
    redirect_uri: userManager.settings.silent_redirect_uri,
    prompt: 'none',
    id_token_hint: current.id_token,
    nonce: randomToken(),
    state: current.state,
  });
  return completeCodeSignin(userManager, await answerInIframe(request.url));
}

/** The identity server's end-session request for this session, built before the session is forgotten. */
export async function signoutUrl(userManager: UserManager, idToken: string | undefined): Promise<string> {
  await trustedMetadata(userManager);
  const request = await clientOf(userManager).createSignoutRequest({
    request_type: 'so:r',
    id_token_hint: idToken,
    post_logout_redirect_uri: userManager.settings.post_logout_redirect_uri,
  });
  return request.url;
}
