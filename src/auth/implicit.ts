import { ErrorResponse, User, type IdTokenClaims, type UserManager } from 'oidc-client-ts';
import * as v from 'valibot';
import { accessTokenScope } from './access-token-scope';
import { read, remove, storedKeys, storageKeyFamily, take, write } from '../storage/storage';
import { callbackPath, silentCallbackPath } from './callback-url';
import { checkResponseIssuer } from './response-issuer';
import { trustedMetadata } from './discovery';
import { prefetchKeys } from './jwks';
import { verifyIdToken } from './verify-id-token';
import { parseImplicitResponse } from './implicit-response';
import { AuthProtocolError } from './protocol-error';
import { randomToken } from './random';
import { navigateRecorded } from './redirects';
import { answerInIframe } from './silent-frame';
import { withBoundedExpiry } from './token-lifetime';
import { loadUserinfo } from './userinfo';
import { paramsOf, record } from './wire-log';

/*
 * The implicit flow, as a labelled legacy demonstration (RFC 9700 §2.1.2, RFC 10017 §7.2).
 * oidc-client-ts only does code + PKCE, so this handler uses its public API for the rest:
 * endpoints from the metadata service, and the result handed back as a User once every check passed.
 */

export type ImplicitResponseType = 'id_token token' | 'token';

/** `id_token token` when the scope asks for OpenID Connect, plain OAuth `token` otherwise. */
export function implicitResponseType(scope: string): ImplicitResponseType {
  return scope.split(' ').includes('openid') ? 'id_token token' : 'token';
}

/** The request a `state` belongs to, bound to the environment that sent it. */
const pendingSchema = v.object({
  authority: v.string(),
  clientId: v.string(),
  scope: v.string(),
  nonce: v.string(),
  responseType: v.picklist(['id_token token', 'token']),
  redirectUri: v.string(),
  returnTo: v.string(),
  createdAt: v.pipe(v.number(), v.finite()),
});
type Pending = v.InferOutput<typeof pendingSchema>;

const pendingKey = storageKeyFamily('implicit.', pendingSchema);
const maxPendingAgeMs = 15 * 60 * 1000;

/** Takes the request that `state` belongs to out of storage: a state is good for one answer only. */
function takePending(state: string): Pending | null {
  const pending = take(pendingKey(state));
  return pending && Date.now() - pending.createdAt < maxPendingAgeMs ? pending : null;
}

/** Forgets implicit requests whose answer never came (a sign-in abandoned at the identity server). */
export function clearStalePending(now = Date.now()): void {
  for (const { key } of storedKeys()) {
    if (!key.startsWith(pendingKey('').key)) continue;
    const entry = pendingKey(key.slice(pendingKey('').key.length));
    const pending = read(entry);
    if (!pending || now - pending.createdAt >= maxPendingAgeMs) remove(entry);
  }
}

async function authorizeUrl(userManager: UserManager, scope: string, redirectUri: string, returnTo: string, prompt?: 'none'): Promise<string> {
  const metadata = await trustedMetadata(userManager);
  if (!metadata.authorization_endpoint) throw new AuthProtocolError('discovery_endpoint', 'Discovery names no authorization endpoint.');
  const settings = userManager.settings;
  const responseType = implicitResponseType(scope);
  const state = randomToken();
  const nonce = randomToken();
  const pending: Pending = { authority: settings.authority, clientId: settings.client_id, scope, nonce, responseType, redirectUri, returnTo, createdAt: Date.now() };
  write(pendingKey(state), pending);
  const url = new URL(metadata.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: settings.client_id,
    redirect_uri: redirectUri,
    response_type: responseType,
    scope,
    state,
    // nonce is OpenID Connect's; Aritma ID documents plain `token` without it, and OAuth servers refuse it there.
    ...(responseType === 'id_token token' ? { nonce } : {}),
    ...(prompt ? { prompt } : {}),
  }).toString();
  return url.href;
}

/** Sends the browser to the identity server for an implicit sign-in with `scope` (its response type follows from it). */
export async function startImplicitSignin(userManager: UserManager, scope: string, returnTo: string): Promise<void> {
  navigateRecorded(await authorizeUrl(userManager, scope, `${window.location.origin}${callbackPath}`, returnTo));
}

/** The `sub` an ID token claims, read without any check: only to name its data while the checks run. */
function claimedSubject(idToken: string): string | null {
  try {
    const payload: unknown = JSON.parse(atob((idToken.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/')));
    return payload && typeof payload === 'object' && 'sub' in payload && typeof payload.sub === 'string' ? payload.sub : null;
  } catch {
    return null;
  }
}

/**
 * Validates an implicit-flow answer: state (one-time, bound to this environment), errors, iss (RFC 9207),
 * the ID token with nonce and a required at_hash (OIDC Core §3.2.2.11), and userinfo's sub.
 * Resolves with the user, for the caller to store; `arrived` hears of the access token, and the subject the
 * ID token claims, before the ID token is checked.
 */
export async function completeImplicitSignin(userManager: UserManager, url: string, arrived?: (user: User) => void): Promise<User> {
  const parsed = parseImplicitResponse(url);
  if (parsed.kind === 'malformed') throw new AuthProtocolError('malformed_response', parsed.problem);
  const pending = parsed.response.state ? takePending(parsed.response.state) : null;
  if (!pending) throw new AuthProtocolError('state_mismatch');
  const settings = userManager.settings;
  if (pending.authority !== settings.authority || pending.clientId !== settings.client_id) {
    throw new AuthProtocolError('environment_mismatch', `The request went to ${pending.authority}.`);
  }
  const metadata = await trustedMetadata(userManager);
  if (metadata.jwks_uri) prefetchKeys(metadata.jwks_uri); // fetched while the response is checked
  // The allowance for a missing iss follows what was asked for, never what the response claims to carry.
  checkResponseIssuer(parsed.response.iss ?? null, metadata, { hasIdToken: pending.responseType === 'id_token token' });
  if (parsed.kind === 'error') {
    throw new ErrorResponse({ error: parsed.response.error, error_description: parsed.response.error_description });
  }
  const response = parsed.response;
  const now = Math.floor(Date.now() / 1000);
  let profile: IdTokenClaims;
  if (pending.responseType === 'id_token token') {
    if (!response.id_token) throw new AuthProtocolError('malformed_response', 'The response has no id_token.');
    if (!metadata.jwks_uri) throw new AuthProtocolError('discovery_issuer', 'Discovery names no jwks_uri to verify the ID token with.');
    const claimed = claimedSubject(response.id_token);
    if (claimed) arrived?.(new User({ access_token: response.access_token, token_type: 'Bearer', profile: { sub: claimed } as IdTokenClaims }));
    // Userinfo is asked while the ID token is verified; its answer (or failure) counts only once the token has passed every check.
    const asked = metadata.userinfo_endpoint ? loadUserinfo(metadata.userinfo_endpoint, response.access_token) : undefined;
    asked?.catch(() => undefined);
    const claims = await verifyIdToken(response.id_token, metadata.jwks_uri, {
      issuer: metadata.issuer,
      clientId: settings.client_id,
      nonce: pending.nonce,
      accessToken: response.access_token,
    });
    profile = claims as IdTokenClaims;
    const userinfo = await asked;
    if (userinfo) {
      if (userinfo.sub !== profile.sub) throw new AuthProtocolError('userinfo_subject');
      profile = { ...userinfo, ...profile };
    }
  } else {
    // Plain OAuth: no ID token, so nothing says who the user is.
    profile = { sub: 'unknown', iss: metadata.issuer, aud: settings.client_id, iat: now, exp: now };
  }
  return withBoundedExpiry(
    new User({
      // An ID token that was not asked for was not verified either: it is not kept.
      id_token: pending.responseType === 'id_token token' ? response.id_token : undefined,
      access_token: response.access_token,
      token_type: 'Bearer',
      scope: response.scope ?? accessTokenScope(response.access_token) ?? pending.scope,
      session_state: response.session_state ?? null,
      profile,
      expires_at: response.expires_in ? now + response.expires_in : undefined,
      userState: { returnTo: pending.returnTo },
    }),
  );
}

/** Renews an implicit session without leaving the page: the same request with prompt=none in a hidden iframe. */
export async function renewImplicitSignin(userManager: UserManager, scope: string): Promise<User> {
  const returnTo = `${window.location.pathname}${window.location.search}`;
  const url = await authorizeUrl(userManager, scope, `${window.location.origin}${silentCallbackPath}`, returnTo, 'none');
  const target = new URL(url);
  record({ kind: 'authorize', method: 'GET', url: `${target.origin}${target.pathname}`, sent: paramsOf(target.search) });
  return completeImplicitSignin(userManager, await answerInIframe(url));
}
