import type { User } from 'oidc-client-ts';
import { createChannel, type Port, type SharedSession } from './channel';
import type { AuthProblem } from './errors';
import { randomToken } from './random';
import { renewOnce, type Locks } from './renew-once';
import { createScheduler } from './scheduler';
import type { SessionFlow } from './session-state';

/**
 * One session across every tab of an environment, without localStorage: a new tab takes the
 * session from an open one, one tab at a time renews it and hands the result to the others,
 * and signing out in one tab signs out all. What it needs of the tab comes in as a `SyncHost`.
 */
export interface SyncHost {
  /** This tab's session, if any, expired or not. */
  current(): { user: User; flow: SessionFlow } | null;
  /** A session another tab offers, verified for this environment and subject, or null when refused. */
  verify(shared: SharedSession): Promise<User | null>;
  /** Takes a verified session of another tab as this tab's. */
  take(user: User, flow: SessionFlow): Promise<void>;
  /** Renews with the identity server; resolves with the renewed user, verified and stored. */
  renewWithServer(): Promise<User>;
  /** Whether a failed renewal may succeed if tried again later. */
  isTransient(error: unknown): boolean;
  /** The session is over (failed renewal, expiry): forget it and say why. */
  end(problem: AuthProblem | null, error?: unknown): Promise<void>;
  signedOutElsewhere(): Promise<void>;
}

export interface SessionSync {
  /** Before first render: take over the session of another open tab, if this tab has none. */
  adopt(waitMs?: number): Promise<void>;
  /** Renews the session whose access token is `stale`, unless a newer one exists by then; true when a valid token is ready. */
  renew(stale: string): Promise<boolean>;
  /** This tab's session changed (signed in, renewed, adopted) or ended (null): plans renewal, tells the others. */
  changed(user: User | null, announce?: boolean): void;
  announceSignOut(): void;
  close(): void;
}

export interface SyncOptions {
  port: Port | null;
  locks: Locks | null;
  /** How long to wait for the other tabs' answers; they answer within milliseconds unless the machine is very busy. */
  askWaitMs?: number;
}

export function toShared(user: User, flow: SessionFlow): SharedSession | null {
  if (!user.id_token || user.expires_at === undefined) return null; // nothing another tab could verify
  return {
    flow,
    id_token: user.id_token,
    access_token: user.access_token,
    token_type: user.token_type,
    scope: user.scope,
    session_state: user.session_state,
    expires_at: user.expires_at,
    profile: user.profile,
  };
}

const yieldWithoutRefreshTokenMs = 1_500;

export function createSessionSync(name: string, host: SyncHost, { port, locks, askWaitMs = 3_000 }: SyncOptions): SessionSync {
  const channel = createChannel(port);
  const replies = new Map<string, (shared: SharedSession) => void>();
  /** Counts sign-outs, so a renewal under way when the user signed out elsewhere is thrown away. */
  let signOuts = 0;
  const scheduler = createScheduler({ onDue: () => void due() });

  /** Every tab with a session holds a shared lock, so an asking tab waits only for those that can answer. */
  const holderLock = `obe-holder:${name}`;
  let holder: (() => void) | null = null;
  function holdSession() {
    if (holder || typeof navigator === 'undefined' || !navigator.locks) return;
    const released = new Promise<void>((resolve) => (holder = resolve));
    void navigator.locks.request(holderLock, { mode: 'shared' }, () => released);
  }
  function releaseSession() {
    holder?.();
    holder = null;
  }
  async function otherHolders(): Promise<number> {
    if (typeof navigator === 'undefined' || !navigator.locks) return port ? 1 : 0;
    const { held = [] } = await navigator.locks.query();
    return held.filter((lock) => lock.name === holderLock).length - (holder ? 1 : 0);
  }

  const share = (to?: string) => {
    const session = host.current();
    const shared = session && toShared(session.user, session.flow);
    if (shared) channel.post({ type: 'session', session: shared, ...(to ? { to } : {}) });
  };

  /** The freshest verified session the other tabs hold: once each has answered, or after `waitMs`. */
  async function ask(waitMs: number): Promise<{ user: User; flow: SessionFlow } | null> {
    const expected = await otherHolders();
    if (!port || expected <= 0) return null;
    const id = randomToken();
    const offers: SharedSession[] = [];
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timeout);
        replies.delete(id);
        resolve();
      };
      const timeout = setTimeout(done, waitMs);
      replies.set(id, (shared) => {
        offers.push(shared);
        if (offers.length >= expected) done();
      });
      channel.post({ type: 'ask', id });
    });
    const freshest = offers.sort((a, b) => b.expires_at - a.expires_at)[0];
    const user = freshest ? await host.verify(freshest) : null;
    return user && freshest ? { user, flow: freshest.flow } : null;
  }

  async function renewHoldingLock(stale: string): Promise<boolean> {
    const current = host.current();
    if (!current) return false;
    const elsewhere = await ask(askWaitMs);
    if (elsewhere && (elsewhere.user.expires_at ?? 0) > (current.user.expires_at ?? 0)) {
      await host.take(elsewhere.user, elsewhere.flow); // another tab renewed while this one waited for the lock
      return true;
    }
    if (current.user.access_token !== stale && !current.user.expired) return true; // renewed meanwhile
    const signOutsBefore = signOuts;
    try {
      await host.renewWithServer();
      if (signOuts !== signOutsBefore) {
        await host.end(null);
        return false;
      }
      share();
      return true;
    } catch (error) {
      if (signOuts !== signOutsBefore) return false; // signed out meanwhile: the failure says nothing new
      if (host.isTransient(error) && current.user.expires_at !== undefined) {
        // Unreachable until the end: the session ran out, which says more than the last network error.
        if (current.user.expired) {
          await host.end({ code: 'session_expired' });
          return false;
        }
        scheduler.retry(current.user.expires_at); // the identity server may be back soon
        return true;
      }
      await host.end(null, error);
      return false;
    }
  }

  const renew = renewOnce(`obe-renew:${name}`, renewHoldingLock, locks);

  async function due() {
    const current = host.current();
    if (!current) return;
    if (current.user.expired) await host.end({ code: 'session_expired' });
    else await renew(current.user.access_token);
  }

  const stopListening = channel.listen((message) => {
    void (async () => {
      if (message.type === 'ask') {
        share(message.id); // every holder answers, so the asking tab can stop waiting once all have
      } else if (message.type === 'session') {
        const reply = message.to ? replies.get(message.to) : undefined;
        if (reply) return reply(message.session);
        if (message.to) return; // an answer to another tab's question
        const current = host.current();
        if (current && message.session.expires_at <= (current.user.expires_at ?? 0)) return;
        const user = await host.verify(message.session);
        if (user) await host.take(user, message.session.flow);
      } else {
        signOuts += 1;
        await host.signedOutElsewhere();
      }
    })();
  });

  return {
    async adopt(waitMs = askWaitMs) {
      const current = host.current();
      if (current && !current.user.expired) return;
      const shared = await ask(waitMs);
      if (shared) await host.take(shared.user, shared.flow);
    },
    renew,
    changed(user, announce = false) {
      if (!user || user.expires_at === undefined) {
        scheduler.cancel();
        if (!user) releaseSession();
        return;
      }
      holdSession();
      // A tab without a refresh token (it joined from another) lets the tab that has one renew first.
      scheduler.plan(user.expires_at, user.refresh_token ? 0 : yieldWithoutRefreshTokenMs);
      if (announce) share();
    },
    announceSignOut: () => channel.post({ type: 'signed-out' }),
    close() {
      scheduler.cancel();
      releaseSession();
      stopListening();
    },
  };
}
