import { OidcClient, SigninState, User, type UserManager } from 'oidc-client-ts';
import { trustedMetadata } from './discovery';
import { preloadIdTokenChecks, verifyIdToken } from './verify-id-token';
import { isImplicitResponse } from './implicit-response';
import { completeImplicitSignin } from './implicit';
import { AuthProtocolError } from './protocol-error';
import { recordCallback } from './redirects';
import { checkResponseIssuer } from './response-issuer';
import { setSessionFlow } from './session-flow';

async function pendingState(userManager: UserManager, stateId: string | null): Promise<SigninState | null> {
  if (!stateId) return null;
  const stored = await userManager.settings.stateStore.get(stateId);
  return stored ? SigninState.fromStorageString(stored) : null;
}

/**
 * Finishes a code + PKCE sign-in: checks the response's issuer, exchanges the code, verifies the ID token
 * (signature, iss, aud, exp, iat, nonce, sub), and only then stores the user and tells react-oidc-context.
 */
async function finish(userManager: UserManager, callbackUrl: string): Promise<User> {
  recordCallback(callbackUrl);
  preloadIdTokenChecks();
  const params = new URL(callbackUrl).searchParams;
  const stateId = params.get('state');
  const metadata = await trustedMetadata(userManager);
  const state = await pendingState(userManager, stateId);
  try {
    checkResponseIssuer(params.get('iss'), metadata);
  } catch (error) {
    if (stateId) await userManager.settings.stateStore.remove(stateId); // one-time, even when refused
    throw error;
  }
  const client = new OidcClient(userManager.settings, userManager.metadataService);
  const response = await client.processSigninResponse(callbackUrl);
  if (response.id_token) {
    if (!metadata.jwks_uri) throw new AuthProtocolError('discovery_issuer', 'Discovery names no jwks_uri to verify the ID token with.');
    await verifyIdToken(response.id_token, metadata.jwks_uri, {
      issuer: metadata.issuer,
      clientId: userManager.settings.client_id,
      nonce: state?.nonce,
    });
  }
  const user = new User(response);
  setSessionFlow(userManager, 'code');
  await userManager.storeUser(user);
  const loaded = await userManager.getUser(true); // raises userLoaded for react-oidc-context
  if (!loaded) throw new AuthProtocolError('no_user');
  return loaded;
}

const inFlight = new Map<string, Promise<User>>();

/** Completes the sign-in for one callback URL exactly once, even when React mounts twice. */
export function completeSignin(userManager: UserManager, callbackUrl: string): Promise<User> {
  let result = inFlight.get(callbackUrl);
  if (!result) {
    result = isImplicitResponse(callbackUrl) ? completeImplicitSignin(userManager, callbackUrl) : finish(userManager, callbackUrl);
    inFlight.set(callbackUrl, result);
  }
  return result;
}
