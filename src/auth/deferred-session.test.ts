import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage, stubStores } from '../test/stores';
import { createDeferredSession, sessionCodeNeededAtOnce } from './deferred-session';
import type { AuthSession } from './session';
import type { SignInEnvironment } from './session-name';
import { initialSessionState, sessionReducer, type SessionAction, type SessionState } from './session-state';

const environment: SignInEnvironment = {
  id: 'local',
  authority: 'http://localhost:5001',
  clientId: 'open-banking-explorer',
  scope: 'openid bankservice',
  apiBaseUrl: 'http://localhost:5002',
  implicitAllowed: true,
};

let session: MemoryStorage;

beforeEach(() => {
  session = new MemoryStorage();
  stubStores(new MemoryStorage(), session);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The session's code as the facade sees it: a state it changes through the real reducer, and the calls made. */
function arrivingSession() {
  let state: SessionState = initialSessionState;
  const listeners = new Set<() => void>();
  const calls: string[] = [];
  const fake = {
    environment,
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: async (callbackUrl: string | null) => void calls.push(`start ${callbackUrl}`),
    offersDpop: async () => true,
    signIn: async (flow: string) => Boolean(calls.push(`signIn ${flow}`)),
  };
  const dispatch = (action: SessionAction) => {
    state = sessionReducer(state, action);
    listeners.forEach((listener) => listener());
  };
  // Only the members the facade forwards: the rest (userManager, tokens) it never touches.
  return { session: fake as unknown as AuthSession, dispatch, calls };
}

describe('a deferred session before its code is here', () => {
  it('is signed out at once when the tab holds no session and no answer', () => {
    expect(createDeferredSession(environment, false, () => new Promise(() => {})).getState().status).toBe('signed-out');
  });

  it('checks a session the tab holds (oidc-client-ts keeps its state under obe.oidc.)', () => {
    session.setItem('obe.oidc.[http://localhost:5002]user:http://localhost:5001:open-banking-explorer', '{}');
    expect(createDeferredSession(environment, false, () => new Promise(() => {})).getState().status).toBe('loading');
  });

  it('is completing when the page brings a sign-in’s answer', () => {
    expect(createDeferredSession(environment, true, () => new Promise(() => {})).getState().status).toBe('completing');
  });

  it('fetches its code at once when there is an answer or a session to check, and only when asked otherwise', () => {
    const load = vi.fn(() => new Promise<AuthSession>(() => {}));
    createDeferredSession(environment, false, load);
    expect(load).not.toHaveBeenCalled();
    createDeferredSession(environment, true, load);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('when a deferred session fetches its code', () => {
  it('is needed at once for an answer or a session to check, else not', () => {
    expect(sessionCodeNeededAtOnce(true)).toBe(true);
    expect(sessionCodeNeededAtOnce(false)).toBe(false);
    session.setItem('obe.oidc.[http://localhost:5002]user:http://localhost:5001:open-banking-explorer', '{}');
    expect(sessionCodeNeededAtOnce(false)).toBe(true);
  });

  it('a signed-out page starts and asks for the DPoP offer only after its first paint', async () => {
    const arrived = arrivingSession();
    const load = vi.fn(async () => arrived.session);
    let paint = () => {};
    const painted = () => new Promise<void>((resolve) => (paint = resolve));
    const deferred = createDeferredSession(environment, false, load, painted);
    const started = deferred.start(null);
    const offered = deferred.offersDpop();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(load).not.toHaveBeenCalled();
    paint();
    await started;
    expect(await offered).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
    expect(arrived.calls).toEqual(['start null']);
  });

  it('a click on "Sign in" does not wait for the paint', async () => {
    const arrived = arrivingSession();
    const deferred = createDeferredSession(environment, false, async () => arrived.session, () => new Promise(() => {}));
    expect(await deferred.signIn('code', '/', false)).toBe(true);
    expect(arrived.calls).toEqual(['signIn code']);
  });

  it('a page with an answer does not wait for the paint either', async () => {
    const arrived = arrivingSession();
    const deferred = createDeferredSession(environment, true, async () => arrived.session, () => new Promise(() => {}));
    await deferred.start('http://localhost:5173/callback?code=c&state=s');
    expect(arrived.calls).toEqual(['start http://localhost:5173/callback?code=c&state=s']);
  });
});

describe('a deferred session once its code is here', () => {
  it('fetches the code once and forwards calls and state to it', async () => {
    const arrived = arrivingSession();
    const load = vi.fn(async () => arrived.session);
    const deferred = createDeferredSession(environment, false, load);
    const changed = vi.fn();
    deferred.subscribe(changed);
    await deferred.start(null);
    expect(await deferred.signIn('code', '/', false)).toBe(true);
    expect(await deferred.offersDpop()).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
    expect(arrived.calls).toEqual(['start null', 'signIn code']);
    expect(deferred.loaded()).toBe(arrived.session);
    expect(changed).toHaveBeenCalled();
  });

  it('stays signed out while the session checks the tab, then shows what it found', async () => {
    const arrived = arrivingSession();
    const deferred = createDeferredSession(environment, false, async () => arrived.session);
    const shown = deferred.getState();
    await deferred.load();
    expect(deferred.getState()).toBe(shown); // no "checking" flash over the sign-in already shown
    const alice = { profile: { sub: 'alice' }, expired: false } as never;
    arrived.dispatch({ type: 'adopted', user: alice, flow: 'code' });
    expect(deferred.getState()).toMatchObject({ status: 'signed-in', user: alice });
  });

  it('fetches the code again after a failed fetch', async () => {
    const arrived = arrivingSession();
    const load = vi.fn<() => Promise<AuthSession>>().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module')).mockResolvedValue(arrived.session);
    const deferred = createDeferredSession(environment, false, load);
    await expect(deferred.load()).rejects.toThrow('Failed to fetch');
    expect(deferred.loaded()).toBeUndefined();
    await expect(deferred.load()).resolves.toBe(arrived.session);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
