import { ErrorResponse, ErrorTimeout, User, type IdTokenClaims, type UserManager } from 'oidc-client-ts';
import { z } from 'zod';
import { callbackPath, silentCallbackPath } from './callback-url';
import { checkResponseIssuer } from './response-issuer';
import { trustedMetadata } from './discovery';
import { preloadIdTokenChecks, verifyIdToken } from './verify-id-token';
import { parseImplicitResponse } from './implicit-response';
import { AuthProtocolError } from './protocol-error';
import { randomToken } from './random';
import { navigateRecorded, recordCallback } from './redirects';
import { paramsOf, record } from './wire-log';
import { setSessionFlow } from './session-flow';

/*
 * The implicit flow, as a labelled legacy demonstration (RFC 9700 §2.1.2, RFC 10017 §7.2).
 * oidc-client-ts only does code + PKCE, so this handler uses its public API for the rest:
 * endpoints from the metadata service, and the result stored as a User the AuthProvider reads.
 */

export type ImplicitResponseType = 'id_token token' | 'token';

/** `id_token token` when the scope asks for OpenID Connect, plain OAuth `token` otherwise. */
export function implicitResponseType(scope: string): ImplicitResponseType {
  return scope.split(' ').includes('openid') ? 'id_token token' : 'token';
}

const pendingSchema = z.object({
  nonce: z.string(),
  responseType: z.enum(['id_token token', 'token']),
  redirectUri: z.string(),
  returnTo: z.string(),
  createdAt: z.number(),
});
type Pending = z.infer<typeof pendingSchema>;

const pendingPrefix = 'obe.implicit.';
const maxPendingAgeMs = 15 * 60 * 1000;

/** Takes the request that `state` belongs to out of sessionStorage: a state is good for one answer only. */
function takePending(state: string): Pending | null {
  const key = `${pendingPrefix}${state}`;
  const raw = window.sessionStorage.getItem(key);
  window.sessionStorage.removeItem(key);
  if (!raw) return null;
  try {
    const pending = pendingSchema.parse(JSON.parse(raw));
    return Date.now() - pending.createdAt < maxPendingAgeMs ? pending : null;
  } catch {
    return null;
  }
}

async function authorizeUrl(userManager: UserManager, redirectUri: string, returnTo: string, prompt?: 'none'): Promise<string> {
  const metadata = await trustedMetadata(userManager);
  if (!metadata.authorization_endpoint) throw new AuthProtocolError('discovery_issuer', 'Discovery names no authorization endpoint.');
  const settings = userManager.settings;
  const responseType = implicitResponseType(settings.scope);
  const state = randomToken();
  const nonce = randomToken();
  const pending: Pending = { nonce, responseType, redirectUri, returnTo, createdAt: Date.now() };
  window.sessionStorage.setItem(`${pendingPrefix}${state}`, JSON.stringify(pending));
  const url = new URL(metadata.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: settings.client_id,
    redirect_uri: redirectUri,
    response_type: responseType,
    scope: settings.scope,
    state,
    // nonce is OpenID Connect's; Aritma ID documents plain `token` without it, and OAuth servers refuse it there.
    ...(responseType === 'id_token token' ? { nonce } : {}),
    ...(prompt ? { prompt } : {}),
  }).toString();
  return url.href;
}

/** Sends the browser to the identity server for an implicit sign-in. */
export async function startImplicitSignin(userManager: UserManager, returnTo: string): Promise<void> {
  navigateRecorded(await authorizeUrl(userManager, `${window.location.origin}${callbackPath}`, returnTo));
}

const userinfoSchema = z.looseObject({ sub: z.string().min(1) });

async function loadUserinfo(endpoint: string, accessToken: string): Promise<z.infer<typeof userinfoSchema>> {
  const response = await fetch(endpoint, { headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' } });
  if (!response.ok) throw new ErrorResponse({ error: 'invalid_token', error_description: `The userinfo endpoint answered ${response.status}.` });
  const parsed = userinfoSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new AuthProtocolError('userinfo_subject', 'The userinfo response has no sub.');
  return parsed.data;
}

/**
 * Validates an implicit-flow answer and stores the user: state (one-time), errors, iss (RFC 9207),
 * the ID token with nonce and a required at_hash (OIDC Core §3.2.2.11), and userinfo's sub.
 * Nothing is stored unless every check passes.
 */
export async function completeImplicitSignin(userManager: UserManager, url: string): Promise<User> {
  recordCallback(url);
  preloadIdTokenChecks();
  const parsed = parseImplicitResponse(url);
  if (parsed.kind === 'malformed') throw new AuthProtocolError('malformed_response', parsed.problem);
  const pending = parsed.response.state ? takePending(parsed.response.state) : null;
  if (!pending) throw new AuthProtocolError('state_mismatch');
  const metadata = await trustedMetadata(userManager);
  checkResponseIssuer(parsed.response.iss ?? null, metadata, { hasIdToken: parsed.kind === 'success' && Boolean(parsed.response.id_token) });
  if (parsed.kind === 'error') {
    throw new ErrorResponse({ error: parsed.response.error, error_description: parsed.response.error_description });
  }
  const response = parsed.response;
  const settings = userManager.settings;
  const now = Math.floor(Date.now() / 1000);
  let profile: IdTokenClaims;
  if (pending.responseType === 'id_token token') {
    if (!response.id_token) throw new AuthProtocolError('malformed_response', 'The response has no id_token.');
    if (!metadata.jwks_uri) throw new AuthProtocolError('discovery_issuer', 'Discovery names no jwks_uri to verify the ID token with.');
    const claims = await verifyIdToken(response.id_token, metadata.jwks_uri, {
      issuer: metadata.issuer,
      clientId: settings.client_id,
      nonce: pending.nonce,
      accessToken: response.access_token,
    });
    profile = claims as IdTokenClaims;
    if (metadata.userinfo_endpoint) {
      const userinfo = await loadUserinfo(metadata.userinfo_endpoint, response.access_token);
      if (userinfo.sub !== profile.sub) throw new AuthProtocolError('userinfo_subject');
      profile = { ...userinfo, ...profile };
    }
  } else {
    // Plain OAuth: no ID token, so nothing says who the user is.
    profile = { sub: 'unknown', iss: metadata.issuer, aud: settings.client_id, iat: now, exp: now + (response.expires_in ?? 3600) };
  }
  const user = new User({
    id_token: response.id_token,
    access_token: response.access_token,
    token_type: 'Bearer',
    scope: response.scope ?? settings.scope,
    session_state: response.session_state ?? null,
    profile,
    expires_at: response.expires_in ? now + response.expires_in : undefined,
    userState: { returnTo: pending.returnTo },
  });
  setSessionFlow(userManager, 'implicit');
  await userManager.storeUser(user);
  const loaded = await userManager.getUser(true);
  if (!loaded) throw new AuthProtocolError('no_user');
  return loaded;
}

const silentTimeoutMs = 10_000;

/** The authorization response of a hidden iframe (silent-callback.html posts it, as oidc-client-ts's page does). */
function answerInIframe(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.hidden = true;
    frame.title = 'Session renewal';
    frame.setAttribute('aria-hidden', 'true');
    const finish = () => {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
    };
    const onMessage = (event: MessageEvent<unknown>) => {
      const data = event.data as { source?: unknown; url?: unknown } | null;
      if (event.origin !== window.location.origin || event.source !== frame.contentWindow) return;
      if (data?.source !== 'oidc-client' || typeof data.url !== 'string') return;
      finish();
      resolve(data.url);
    };
    const timer = setTimeout(() => {
      finish();
      reject(new ErrorTimeout('The identity server did not answer the silent renewal in time.'));
    }, silentTimeoutMs);
    window.addEventListener('message', onMessage);
    frame.src = url;
    document.body.append(frame);
  });
}

/** Renews an implicit session without leaving the page: the same request with prompt=none in a hidden iframe. */
export async function renewImplicitSignin(userManager: UserManager): Promise<User> {
  const returnTo = `${window.location.pathname}${window.location.search}`;
  const url = await authorizeUrl(userManager, `${window.location.origin}${silentCallbackPath}`, returnTo, 'none');
  const target = new URL(url);
  record({ kind: 'authorize', method: 'GET', url: `${target.origin}${target.pathname}`, sent: paramsOf(target.search) });
  return completeImplicitSignin(userManager, await answerInIframe(url));
}
