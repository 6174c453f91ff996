import { afterNextPaint } from '../lib/preload';
import { read, storedKeys } from '../storage/storage';
import { boundSessionKey, dpopKeyPrefix, readDpopKeyAhead } from './dpop-choice';
import type { AuthSession } from './session';
import { sessionName, type SignInEnvironment } from './session-name';
import { initialSessionState, type SessionState } from './session-state';

/**
 * A session whose code — oidc-client-ts and the protocol — is fetched after the first paint, so a
 * signed-out page shows its sign-in without it. Until it is here the state is read from what the tab
 * holds: an answer to complete, a stored session to check, or nothing (signed out).
 */
export interface DeferredSession extends Pick<AuthSession, 'environment' | 'getState' | 'subscribe' | 'start' | 'offersDpop' | 'signIn' | 'signOut' | 'leave'> {
  /** Fetches the session's code (once) and resolves with the session. */
  load(): Promise<AuthSession>;
  /** The session once its code is here. */
  loaded(): AuthSession | undefined;
}

/** Where the session stands before its code is here. */
function stateBeforeCode(expectsCallback: boolean): SessionState {
  if (expectsCallback) return { ...initialSessionState, status: 'completing' };
  // Anything oidc-client-ts keeps for a session or a sign-in under way (session.ts's stores) is checked by its code.
  const holdsSession = storedKeys().some(({ area, key }) => area === 'session' && key.startsWith('obe.oidc.'));
  return holdsSession ? initialSessionState : { ...initialSessionState, status: 'signed-out' };
}

/** Whether this page load needs the session's code at once: it brings a sign-in's answer, or holds a session to check. */
export function sessionCodeNeededAtOnce(expectsCallback: boolean): boolean {
  return stateBeforeCode(expectsCallback).status !== 'signed-out';
}

const sessionCode = () => import('./session');

/** Starts fetching the session's code (the first page calls it before React is set up, when it is needed at once). */
export function preloadSessionCode(): void {
  void sessionCode().catch(() => undefined); // a failure is met again, and shown, when the session loads it
}

/** Exported for its tests, which hand it a session of their own; the app's comes from ./session.ts. */
export function createDeferredSession(
  environment: SignInEnvironment,
  expectsCallback: boolean,
  sessionFor: () => Promise<AuthSession> = async () => (await sessionCode()).authSessionFor(environment),
  painted: () => Promise<void> = afterNextPaint,
): DeferredSession {
  const before = stateBeforeCode(expectsCallback);
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  let session: AuthSession | undefined;
  let pending: Promise<AuthSession> | null = null;
  const load = () => {
    pending ??= sessionFor().then(
      (arrived) => {
        session = arrived;
        arrived.subscribe(notify);
        notify();
        return arrived;
      },
      (error: unknown) => {
        pending = null; // fetched again on the next use (offline, a new deploy)
        throw error;
      },
    );
    return pending;
  };
  // An answer to complete or a session to check needs the code at once: fetched while the page renders.
  if (before.status !== 'signed-out') void load().catch(() => undefined); // a failure shows when start() asks again
  // A bound sign-in's answer: the key its token request's proof needs is read while the session's code is on its way.
  if (expectsCallback && read(boundSessionKey(sessionName(environment)))) readDpopKeyAhead(`${dpopKeyPrefix(sessionName(environment))}${environment.clientId}`);
  // A signed-out page paints its sign-in first; what only prepares (start, the DPoP offer) fetches the code after.
  let paintedOnce: Promise<void> | null = null;
  const loadAfterPaint = async () => {
    if (before.status === 'signed-out' && !session) await (paintedOnce ??= painted());
    return load();
  };
  return {
    environment,
    load,
    loaded: () => session,
    getState() {
      if (!session) return before;
      const state = session.getState();
      // A page shown signed out stays so while the session checks the tab: no "checking" flash.
      return state.status === 'loading' && before.status === 'signed-out' ? before : state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: async (callbackUrl) => (await loadAfterPaint()).start(callbackUrl),
    offersDpop: async () => (await loadAfterPaint()).offersDpop(),
    signIn: async (flow, returnTo, dpop) => (await load()).signIn(flow, returnTo, dpop),
    signOut: async () => (await load()).signOut(),
    leave: async () => (await load()).leave(),
  };
}

const sessions = new Map<string, DeferredSession>();

/** The session of `environment` (one per session name, as authSessionFor's); `expectsCallback` when this page load brings its sign-in's answer. */
export function deferredSessionFor(environment: SignInEnvironment, expectsCallback: boolean): DeferredSession {
  const name = sessionName(environment);
  let session = sessions.get(name);
  if (!session) {
    session = createDeferredSession(environment, expectsCallback);
    sessions.set(name, session);
  }
  return session;
}
