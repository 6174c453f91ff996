import { User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import * as v from 'valibot';
import { whenIdle } from '../lib/preload';
import { read, remove, removeAll, storageArea, storageKeyFamily, write } from '../storage/storage';
import { broadcastPort } from './channel';
import { callbackPath, silentCallbackPath } from './callback-url';
import { completeCodeSignin, renewCodeSignin, signoutUrl, startCodeSignin, type LoadUserinfo } from './code-flow';
import { checkContinuity, verifySharedSession } from './continuity';
import { trustedMetadata } from './discovery';
import { cachedMetadata } from './discovery-cache';
import { dpopSettings, isDpopBound, loadDpopUserinfo } from './dpop';
import { boundSessionKey, offersDpop } from './dpop-choice';
import { isProtocolCode, isTransient, toAuthProblem, type AuthProblem } from './errors';
import { clearStalePending, completeImplicitSignin, renewImplicitSignin, startImplicitSignin } from './implicit';
import { isImplicitResponse } from './implicit-response';
import { recordCallback } from './redirects';
import { browserLocks } from './renew-once';
import { AuthProtocolError } from './protocol-error';
import { safeReturnPath } from './return-path';
import { createSessionSync, type SyncHost } from './session-sync';
import { sessionName, type SignInEnvironment } from './session-name';
import { prefetchKeys } from './jwks';
import { loadUserinfo } from './userinfo';
import { initialSessionState, sessionReducer, type SessionAction, type SessionFlow, type SessionState } from './session-state';
import { clearWireLog, clearWireLogBut, watchApi, watchOrigin } from './wire-log';

export type { SignInEnvironment };

/**
 * A sign-in's access token between the token response and the end of the ID token's checks, with the
 * subject the ID token claims: the first page's data may be asked for meanwhile, and shown only once the
 * session is signed in as that subject. Refused, the session forgets it, and whatever was fetched with it must go.
 */
export interface EarlyAccess {
  accessToken: string;
  subject: string;
}

/** The sign-in of one environment: its state, and everything that changes it. */
export interface AuthSession {
  readonly environment: SignInEnvironment;
  /** For the explorer, which reads discovery through the same cache: the manager of the current sign-in. */
  readonly userManager: UserManager;
  /** Whether the identity server takes the DPoP proofs oidc-client-ts makes (read from discovery). */
  offersDpop(): Promise<boolean>;
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /** Once per page load: completes the sign-in whose response `callbackUrl` carries, or restores the session. */
  start(callbackUrl: string | null): Promise<void>;
  /** Sends the browser to the identity server; false when the request could not be made (the state's problem says why). */
  signIn(flow: SessionFlow, returnTo: string, dpop?: boolean): Promise<boolean>;
  /** The current access token, for the API client. */
  accessToken(): string | null;
  /** While a sign-in is being checked, the access token it received (see EarlyAccess); else null. The same object until it changes. */
  earlyAccess(): EarlyAccess | null;
  /** A DPoP proof for one API call with `token`, or null when the session's tokens are Bearer tokens. */
  apiProof(call: { method: string; htu: string; token: string; nonce: string | undefined }): Promise<string | null>;
  /** Renews the session whose access token `stale` was refused or is expiring; true when a valid token is ready. */
  renew(stale: string): Promise<boolean>;
  signOut(): Promise<void>;
  /** The user chose another environment: this session ends here, in this tab. */
  leave(): Promise<void>;
}

const flowKey = storageKeyFamily('flow:', v.picklist(['code', 'implicit']));

// Anything oidc-client-ts wrote under its default prefix, e.g. by an older version of the app.
const foreignLibraryPrefix = 'oidc.';

/** Sign-in state nobody will answer any more: verifiers of abandoned sign-ins, pending implicit requests. */
async function clearStaleState(userManager: UserManager): Promise<void> {
  const store = storageArea('session');
  for (const key of Object.keys(store ?? {})) if (key.startsWith(foreignLibraryPrefix)) store?.removeItem(key);
  clearStalePending();
  await userManager.clearStaleState();
}

/** Everything a session or a refused response leaves behind, in storage and in this page's wire log. */
function forgetSessionData(): void {
  removeAll('session');
  clearWireLog();
}

function createAuthSession(environment: SignInEnvironment, name: string): AuthSession {
  const origin = window.location.origin;
  const session = storageArea('session') ?? undefined;
  // One manager per DPoP choice: a bound session's requests all go through the manager that holds its key.
  const managerFor = (bindTokens: boolean) =>
    new UserManager({
      authority: environment.authority,
      metadata: cachedMetadata(environment.authority), // discovery read before the sign-in's redirect is not fetched again
      client_id: environment.clientId,
      scope: environment.scope,
      response_type: 'code',
      redirect_uri: `${origin}${callbackPath}`,
      silent_redirect_uri: `${origin}${silentCallbackPath}`,
      post_logout_redirect_uri: `${origin}/`,
      // sessionStorage: verifiers and tokens must not outlive the tab. The user's key names the API too,
      // so a session never serves another API that shares the identity server.
      userStore: new WebStorageStateStore({ store: session, prefix: `obe.oidc.[${environment.apiBaseUrl}]` }),
      stateStore: new WebStorageStateStore({ store: session, prefix: 'obe.oidc.' }),
      // oidc-client-ts would call userinfo with Bearer, which a server refuses for a bound token: ours then.
      loadUserInfo: !bindTokens,
      monitorSession: false,
      automaticSilentRenew: false, // ours: one tab at a time, handed to the others (session-sync.ts)
      ...(bindTokens ? { dpop: dpopSettings(name) } : {}),
    });
  const plain = managerFor(false);
  let bound: UserManager | null = null;
  let dpop = read(boundSessionKey(name)) ?? false;
  const manager = () => (dpop ? (bound ??= managerFor(true)) : plain);
  watchOrigin(new URL(environment.authority).origin);
  watchApi(environment.apiBaseUrl);

  let state = initialSessionState;
  const listeners = new Set<() => void>();
  const dispatch = (action: SessionAction): SessionState => {
    const next = sessionReducer(state, action);
    if (next !== state) {
      state = next;
      listeners.forEach((listener) => listener());
    }
    return next;
  };
  // The session even when expired: renewal (or its end) is decided from it.
  const current = () => (state.status === 'signed-in' && state.user ? { user: state.user, flow: state.flow ?? 'code' } : null);
  let early: { access: EarlyAccess; user: User } | null = null;
  const setEarly = (user: User | null) => {
    const subject = user?.profile.sub;
    early = user && typeof subject === 'string' && subject ? { access: { accessToken: user.access_token, subject }, user } : null;
    listeners.forEach((listener) => listener());
  };
  const implicitScope = environment.implicitScope ?? environment.scope;

  async function keep(user: User, flow: SessionFlow): Promise<void> {
    dpop = isDpopBound(user);
    await manager().storeUser(user);
    write(flowKey(name), flow);
    write(boundSessionKey(name), dpop);
  }

  async function forget(): Promise<void> {
    await manager().removeUser(); // the bound manager forgets its key with the user
    remove(flowKey(name));
    forgetSessionData();
    dpop = false;
  }

  /** A new session's userinfo claims: with a proof for a bound token (the library's own call would send it as Bearer). */
  const userinfoOf: LoadUserinfo = async (endpoint, user) => {
    if (isDpopBound(user)) return loadDpopUserinfo(endpoint, user, (nonce) => manager().dpopProof(endpoint, user, 'GET', nonce));
    const claims = await loadUserinfo(endpoint, user.access_token);
    if (claims.sub !== user.profile.sub) throw new AuthProtocolError('userinfo_subject', 'The userinfo sub is not the ID token’s.');
    return claims;
  };

  const host: SyncHost = {
    current,
    verify: (shared) => verifySharedSession(manager(), shared, state.user?.profile.sub ?? null),
    async take(user, flow) {
      // Refresh tokens never cross between tabs: the one this tab holds stays with it.
      const own = current();
      if (own?.user.refresh_token && own.user.profile.sub === user.profile.sub) user.refresh_token = own.user.refresh_token;
      await keep(user, flow);
      sync.changed(dispatch({ type: 'adopted', user, flow }).user);
    },
    async renewWithServer() {
      const before = current();
      if (!before) throw new Error('No session to renew.');
      const renewed = before.flow === 'implicit' ? await renewImplicitSignin(manager(), implicitScope) : await renewCodeSignin(manager(), before.user);
      checkContinuity(before.user, renewed);
      await keep(renewed, before.flow);
      sync.changed(dispatch({ type: 'renewed', user: renewed }).user);
      return renewed;
    },
    isTransient,
    async end(problem, error) {
      const described = problem ?? (error === undefined ? null : toAuthProblem(error));
      // A refused refresh token or login_required means the session is over; a refused token says why.
      const shown = described && (described.code === 'sign_in_failed' || isProtocolCode(described.code)) ? { code: 'session_ended' as const } : described;
      await forget();
      dispatch(shown ? { type: 'ended', problem: shown } : { type: 'signed-out', problem: null });
      sync.changed(null);
    },
    async signedOutElsewhere() {
      await forget();
      dispatch({ type: 'signed-out-elsewhere' });
      sync.changed(null);
    },
  };
  const sync = createSessionSync(name, host, { port: broadcastPort(`obe-session:${name}`), locks: browserLocks() });

  /** The key's thumbprint for dpop_jkt, the key made once: under a Web Lock, so two tabs signing in at once share one. */
  async function dpopKeyThumbprint(): Promise<string | undefined> {
    const keeper = manager();
    const settings = keeper.settings.dpop;
    if (!settings) return undefined;
    const locks = browserLocks();
    const make = () => keeper.generateDPoPJkt(settings);
    return locks ? locks.request(`obe-dpop-key:${name}`, make) : make();
  }

  async function complete(callbackUrl: string): Promise<void> {
    dispatch({ type: 'completing' });
    recordCallback(callbackUrl);
    try {
      const flow: SessionFlow = isImplicitResponse(callbackUrl) ? 'implicit' : 'code';
      const user = flow === 'implicit' ? await completeImplicitSignin(manager(), callbackUrl, setEarly) : await completeCodeSignin(manager(), callbackUrl, userinfoOf, setEarly);
      await keep(user, flow);
      const returnTo = safeReturnPath((user.state as { returnTo?: unknown } | undefined)?.returnTo);
      early = null; // heard with the dispatch below: heard before it, the early data would be dropped as if refused
      sync.changed(dispatch({ type: 'signed-in', user, flow, returnTo }).user, true);
    } catch (error) {
      await forget(); // nothing of a refused response stays: not its tokens, not its record
      early = null;
      dispatch({ type: 'refused', problem: toAuthProblem(error) });
    }
  }

  async function restore(): Promise<void> {
    await clearStaleState(manager());
    const stored = await manager().getUser();
    if (stored && !stored.expired) {
      sync.changed(dispatch({ type: 'loaded', user: stored, flow: read(flowKey(name)) ?? 'code' }).user);
      return;
    }
    if (stored) await forget();
    await sync.adopt();
    dispatch({ type: 'loaded', user: null, flow: null });
  }

  let started: Promise<void> | null = null;
  let cancelKeyPrefetch = () => {};

  return {
    environment,
    get userManager() {
      return manager();
    },
    async offersDpop() {
      // The sign-in's own read of discovery, checked and kept for the session: the click then sends the browser on at once.
      const metadata = await trustedMetadata(plain).catch(() => undefined);
      // And its signing keys, when the page is idle (kept for the session too): the answer is then verified without a
      // fetch on its way. A key they lack (rotated meanwhile) is fetched again then (jwks.ts).
      const jwksUri = metadata?.jwks_uri;
      if (jwksUri) {
        cancelKeyPrefetch();
        cancelKeyPrefetch = whenIdle(() => prefetchKeys(jwksUri));
      }
      return offersDpop(metadata);
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start(callbackUrl) {
      started ??= callbackUrl ? complete(callbackUrl) : restore();
      return started;
    },
    async signIn(flow, returnTo, withDpop = false) {
      // A new sign-in starts a new story, from the discovery document it is built on (read when this page opened).
      clearWireLogBut((exchange) => exchange.kind === 'discovery' && exchange.status === 200 && exchange.url === plain.settings.metadataUrl);
      try {
        dpop = flow === 'code' && withDpop; // implicit cannot prove possession: its token comes in the URL
        write(boundSessionKey(name), dpop);
        if (flow === 'implicit') await startImplicitSignin(manager(), implicitScope, returnTo);
        else await startCodeSignin(manager(), returnTo, dpop ? await dpopKeyThumbprint() : undefined);
        return true;
      } catch (error) {
        dispatch({ type: 'start-failed', problem: toAuthProblem(error) });
        return false;
      }
    },
    accessToken() {
      const user = current()?.user ?? early?.user;
      return user && !user.expired ? user.access_token : null;
    },
    earlyAccess: () => early?.access ?? null,
    async apiProof({ method, htu, token, nonce }) {
      const user = current()?.user ?? early?.user;
      if (!user || !isDpopBound(user)) return null;
      const proof = await manager().dpopProof(htu, user.access_token === token ? user : new User({ access_token: token, token_type: 'DPoP', profile: user.profile }), method, nonce);
      // The key is gone (signed out in another tab): no proof can be made, and a bound token is never sent as Bearer.
      if (!proof) throw new Error('The DPoP key of this session is gone.');
      return proof;
    },
    renew: (stale) => sync.renew(stale),
    async signOut() {
      const idToken = state.user?.id_token;
      dispatch({ type: 'signing-out' });
      sync.announceSignOut();
      // Revoked first, so the tokens are dead even if the end-session redirect never completes.
      await manager().revokeTokens(['refresh_token', 'access_token']).catch(() => undefined);
      let problem: AuthProblem | null = null;
      let leaveTo: string | null = null;
      try {
        leaveTo = await signoutUrl(manager(), idToken);
      } catch (error) {
        problem = toAuthProblem(error);
      }
      await forget();
      sync.changed(null);
      // Not recorded: the record would keep the ID token (id_token_hint) after the session ended.
      if (leaveTo) window.location.assign(leaveTo);
      else dispatch({ type: 'signed-out', problem });
    },
    async leave() {
      cancelKeyPrefetch(); // another environment is chosen: nothing more is fetched for this one
      forgetSessionData();
      if (!current()) return;
      await forget();
      sync.changed(null);
      dispatch({ type: 'signed-out', problem: null });
    },
  };
}

const sessions = new Map<string, AuthSession>();

/** One session per environment, identity server and API alike, so a tab never sends one API's token to another. */
export function authSessionFor(environment: SignInEnvironment): AuthSession {
  const name = sessionName(environment);
  let session = sessions.get(name);
  if (!session) {
    session = createAuthSession(environment, name);
    sessions.set(name, session);
  }
  return session;
}
