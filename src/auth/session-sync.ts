import { ErrorResponse, ErrorTimeout, User, type UserManager } from 'oidc-client-ts';
import { describeAuthError, isProtocolCode, type AuthProblem } from './describe-error';
import { trustedMetadata } from './discovery';
import { verifyIdToken } from './verify-id-token';
import { randomToken } from './random';
import type { SessionFlow } from './session-flow';
import { renewalDelayMs, retryDelayMs } from './renewal-timing';

type Message = { type: 'ask'; id: string } | { type: 'user'; user: string; flow: SessionFlow; to?: string } | { type: 'signed-out' };

export type SessionEvent = { type: 'ended'; problem: AuthProblem } | { type: 'signed-out-elsewhere' };

/**
 * Keeps one session across every tab of an environment, without localStorage:
 * a new tab takes the session from an open one (BroadcastChannel), one tab at a time renews it
 * (Web Locks) and hands the result to the others, and signing out in one tab signs out all.
 */
export interface SessionSync {
  /** Before first render: take over the session of another open tab, if this tab has none. */
  adopt(waitMs?: number): Promise<void>;
  /**
   * Renews the session whose access token is `staleAccessToken` (expiring, or refused by the API),
   * unless a newer one exists by then. Resolves true when a valid token is ready.
   */
  renew(staleAccessToken: string): Promise<boolean>;
  /** Tells the other tabs about a new sign-in. */
  announce(user: User): void;
  /** Tells the other tabs to sign out. */
  announceSignOut(): void;
  subscribe(listener: (event: SessionEvent) => void): () => void;
}

/** How long to wait for the other tabs' answers; they answer within milliseconds unless the machine is very busy. */
const askWaitMs = 3_000;

interface Shared {
  user: User;
  flow: SessionFlow;
}

function isTransient(error: unknown): boolean {
  if (error instanceof ErrorTimeout) return true;
  if (error instanceof ErrorResponse) return error.error === 'temporarily_unavailable' || error.error === 'server_error';
  return error instanceof TypeError; // fetch: network failure
}

function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  // Web Locks exist in every current browser's secure contexts; without them one tab still renews alone.
  if (typeof navigator === 'undefined' || !navigator.locks) return task();
  // request() resolves with what the callback's promise resolves to; its typing sees the promise itself.
  return navigator.locks.request(name, task) as Promise<T>;
}

export interface SessionSyncOptions {
  /** Renews the session: code flow via oidc-client-ts, implicit via its own iframe. */
  renew: () => Promise<User | null>;
  /** The flow that made the session, which travels with it to other tabs. */
  flow: { get(): SessionFlow; set(flow: SessionFlow): void };
}

export function createSessionSync(userManager: UserManager, name: string, options: SessionSyncOptions): SessionSync {
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`obe-session:${name}`);
  const listeners = new Set<(event: SessionEvent) => void>();
  const replies = new Map<string, (user: User, flow: SessionFlow) => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<boolean> | null = null;
  /** Counts sign-outs, so a renewal that was under way when the user signed out elsewhere is thrown away. */
  let signOuts = 0;

  const share = (user: User, to?: string) => post({ type: 'user', user: user.toStorageString(), flow: options.flow.get(), ...(to ? { to } : {}) });
  const emit = (event: SessionEvent) => listeners.forEach((listener) => listener(event));
  const post = (message: Message) => channel?.postMessage(message);

  const usable = (user: User | null): user is User => Boolean(user && !user.expired);

  async function take({ user, flow }: Shared): Promise<void> {
    options.flow.set(flow);
    await userManager.storeUser(user);
    await userManager.getUser(true); // raises userLoaded: react-oidc-context and the timer follow
  }

  /**
   * Every tab with a session holds a shared Web Lock, so a tab knows how many others can answer
   * and waits only for them: no wait at all when it is alone.
   */
  const holderLock = `obe-holder:${name}`;
  let holder: { release: () => void } | null = null;

  function holdSession() {
    if (holder || typeof navigator === 'undefined' || !navigator.locks) return;
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    holder = { release };
    void navigator.locks.request(holderLock, { mode: 'shared' }, () => released);
  }

  function releaseSession() {
    holder?.release();
    holder = null;
  }

  async function otherHolders(): Promise<number> {
    if (typeof navigator === 'undefined' || !navigator.locks) return channel ? 1 : 0;
    const { held = [] } = await navigator.locks.query();
    return held.filter((lock) => lock.name === holderLock).length - (holder ? 1 : 0);
  }

  /** The freshest session the other tabs hold: resolves when each has answered, or after `waitMs`. */
  async function ask(waitMs: number): Promise<Shared | null> {
    const expected = await otherHolders();
    if (!channel || expected <= 0) return null;
    const id = randomToken();
    let best: Shared | null = null;
    let answers = 0;
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timeout);
        replies.delete(id);
        resolve(best);
      };
      const timeout = setTimeout(done, waitMs);
      replies.set(id, (user, flow) => {
        if (usable(user) && (!best || (user.expires_at ?? 0) > (best.user.expires_at ?? 0))) best = { user, flow };
        answers += 1;
        if (answers >= expected) done();
      });
      post({ type: 'ask', id });
    });
  }

  async function end(problem: AuthProblem): Promise<void> {
    clearTimeout(timer);
    releaseSession();
    await userManager.removeUser();
    emit({ type: 'ended', problem });
  }

  /** ID tokens that come with a renewal are verified like the first one (oidc-client-ts does not check signatures). */
  async function verifyRenewed(before: User, after: User): Promise<void> {
    if (!after.id_token || after.id_token === before.id_token) return;
    const metadata = await trustedMetadata(userManager);
    if (!metadata.jwks_uri) throw new Error('Discovery names no jwks_uri.');
    await verifyIdToken(after.id_token, metadata.jwks_uri, { issuer: metadata.issuer, clientId: userManager.settings.client_id });
  }

  async function renewHoldingLock(staleAccessToken: string): Promise<boolean> {
    const current = await userManager.getUser();
    if (!current) return false;
    const elsewhere = await ask(askWaitMs);
    if (elsewhere && (elsewhere.user.expires_at ?? 0) > (current.expires_at ?? 0)) {
      await take(elsewhere); // another tab renewed while this one waited for the lock
      return true;
    }
    // Renewed meanwhile (this tab's user was updated from another while it waited for the lock).
    if (current.access_token !== staleAccessToken && !current.expired) return true;
    const signOutsBefore = signOuts;
    try {
      const renewed = await options.renew();
      if (signOuts !== signOutsBefore) {
        await userManager.removeUser();
        return false;
      }
      if (!renewed) throw new Error('The identity server answered without a session.');
      await verifyRenewed(current, renewed);
      share(renewed);
      return true;
    } catch (error) {
      if (signOuts !== signOutsBefore) return false; // signed out meanwhile: the failure says nothing new
      if (isTransient(error) && !current.expired) {
        // The identity server may be back soon: keep the session until it expires, then end it cleanly.
        schedule(retryDelayMs(current.expires_in ?? 0));
        return !current.expired;
      }
      // A refused refresh token or login_required means the session is over; a refused ID token says why.
      const problem = describeAuthError(error);
      await end(problem.code === 'sign_in_failed' || isProtocolCode(problem.code) ? { code: 'session_ended' } : problem);
      return false;
    }
  }

  function renew(staleAccessToken: string): Promise<boolean> {
    inFlight ??= withLock(`obe-renew:${name}`, () => renewHoldingLock(staleAccessToken)).finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  function schedule(delayMs: number) {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const user = await userManager.getUser();
      if (!user) return;
      if (user.expired) await end({ code: 'session_expired' });
      else await renew(user.access_token);
    }, delayMs);
  }

  userManager.events.addUserLoaded((user) => {
    holdSession();
    schedule(renewalDelayMs(user.expires_in ?? 0));
  });
  userManager.events.addUserUnloaded(() => {
    releaseSession();
    clearTimeout(timer);
  });
  void userManager.getUser().then((user) => {
    if (!user) return;
    holdSession();
    schedule(renewalDelayMs(user.expires_in ?? 0));
  });

  channel?.addEventListener('message', (event: MessageEvent<Message>) => {
    const message = event.data;
    void (async () => {
      if (message.type === 'ask') {
        const user = await userManager.getUser();
        // Every holder answers, so the asking tab can stop waiting once all have.
        if (user) share(user, message.id);
      } else if (message.type === 'user') {
        const incoming = User.fromStorageString(message.user);
        const reply = message.to ? replies.get(message.to) : undefined;
        if (reply) return reply(incoming, message.flow);
        if (message.to) return; // an answer to another tab's question
        const current = await userManager.getUser();
        if (usable(incoming) && (!current || (incoming.expires_at ?? 0) > (current.expires_at ?? 0))) await take({ user: incoming, flow: message.flow });
      } else if (message.type === 'signed-out') {
        signOuts += 1;
        clearTimeout(timer);
        releaseSession();
        await userManager.removeUser();
        emit({ type: 'signed-out-elsewhere' });
      }
    })();
  });

  return {
    async adopt(waitMs = askWaitMs) {
      if (usable(await userManager.getUser())) return;
      const shared = await ask(waitMs);
      if (!shared) return;
      options.flow.set(shared.flow);
      await userManager.storeUser(shared.user); // no event yet: the AuthProvider reads it when it mounts
      holdSession();
      schedule(renewalDelayMs(shared.user.expires_in ?? 0));
    },
    renew,
    announce: (user) => share(user),
    announceSignOut: () => post({ type: 'signed-out' }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
