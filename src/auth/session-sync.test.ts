import { User } from 'oidc-client-ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryBus, type Port, type SharedSession } from './channel';
import { createSessionSync, type SyncHost } from './session-sync';
import type { SessionFlow } from './session-state';

const now = () => Math.floor(Date.now() / 1000);

function userFor(sub: string, { lifetime = 3600, refreshToken = 'rt-secret', accessToken = `at-${sub}-${Math.random()}` } = {}) {
  return new User({
    id_token: `id.${sub}.sig`,
    access_token: accessToken,
    refresh_token: refreshToken,
    token_type: 'Bearer',
    profile: { sub, iss: 'https://id.example.com', aud: 'app', exp: now() + lifetime, iat: now() },
    expires_at: now() + lifetime,
  });
}

/** A tab: its session in memory and a host whose parts can be watched or replaced. */
function tab(port: Port, user: User | null = null, overrides: Partial<SyncHost> = {}) {
  let session: { user: User; flow: SessionFlow } | null = user ? { user, flow: 'code' } : null;
  const host: SyncHost = {
    current: () => session,
    verify: vi.fn(async (shared: SharedSession) => new User({ ...shared, profile: shared.profile as User['profile'] })),
    take: vi.fn(async (taken: User, flow: SessionFlow) => {
      session = { user: taken, flow };
    }),
    renewWithServer: vi.fn(async () => {
      const renewed = userFor(session?.user.profile.sub ?? 'x');
      session = { user: renewed, flow: 'code' };
      return renewed;
    }),
    isTransient: (error) => error instanceof TypeError,
    end: vi.fn(async () => {
      session = null;
    }),
    signedOutElsewhere: vi.fn(async () => {
      session = null;
    }),
    ...overrides,
  };
  const sync = createSessionSync('env', host, { port, locks: null, askWaitMs: 1_000 });
  return { host, sync, session: () => session };
}

describe('session sync between tabs', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a new tab adopts an open tab’s session, verified, without its refresh token', async () => {
    const bus = memoryBus();
    const posted: unknown[] = [];
    const spyPort = bus();
    const a = tab(bus(), userFor('alice'));
    spyPort.listen((message) => posted.push(message));
    const b = tab(bus());
    await b.sync.adopt();
    expect(b.host.verify).toHaveBeenCalledTimes(1);
    expect(b.session()?.user.profile.sub).toBe('alice');
    expect(b.session()?.user.refresh_token).toBeFalsy();
    expect(JSON.stringify(posted)).not.toContain('rt-secret');
    a.sync.close();
  });

  it('does not adopt a session that fails verification', async () => {
    const bus = memoryBus();
    tab(bus(), userFor('alice'));
    const b = tab(bus(), null, { verify: vi.fn(async () => null) });
    await b.sync.adopt();
    expect(b.session()).toBeNull();
    expect(b.host.take).not.toHaveBeenCalled();
  });

  it('gives up waiting for answers after the wait, alone', async () => {
    const b = tab(memoryBus()());
    const adopted = b.sync.adopt();
    await vi.advanceTimersByTimeAsync(1_000);
    await adopted;
    expect(b.session()).toBeNull();
  });

  it('takes a newer session another tab announces, after verifying it; ignores an older one', async () => {
    const bus = memoryBus();
    const older = userFor('alice', { lifetime: 100 });
    const a = tab(bus(), older);
    const b = tab(bus(), userFor('alice', { lifetime: 3600 }));
    b.sync.changed(b.session()?.user ?? null, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(a.host.verify).toHaveBeenCalledTimes(1);
    expect(a.session()?.user.expires_at).toBe(b.session()?.user.expires_at);
    a.sync.changed(older, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(b.host.verify).not.toHaveBeenCalled();
  });

  it('signs out every tab when one does', async () => {
    const bus = memoryBus();
    const a = tab(bus(), userFor('alice'));
    const b = tab(bus(), userFor('alice'));
    a.sync.announceSignOut();
    await vi.advanceTimersByTimeAsync(0);
    expect(b.host.signedOutElsewhere).toHaveBeenCalledTimes(1);
    expect(a.host.signedOutElsewhere).not.toHaveBeenCalled();
  });

  it('renews an hour-long session when it is due (it used to be judged again, and skipped)', async () => {
    const a = tab(memoryBus()(), userFor('alice', { lifetime: 3600 }));
    a.sync.changed(a.session()?.user ?? null);
    await vi.advanceTimersByTimeAsync(3_539_000);
    expect(a.host.renewWithServer).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000 + 1_000); // due, then the wait for other tabs' answers
    expect(a.host.renewWithServer).toHaveBeenCalledTimes(1);
  });

  it('ends the session when renewal is refused', async () => {
    const refusal = new Error('refused');
    const a = tab(memoryBus()(), userFor('alice', { lifetime: 20 }), { renewWithServer: vi.fn(async () => Promise.reject(refusal)) });
    const renewed = a.sync.renew(a.session()?.user.access_token ?? '');
    await vi.advanceTimersByTimeAsync(1_000); // the wait for other tabs' answers
    expect(await renewed).toBe(false);
    expect(a.host.end).toHaveBeenCalledWith(null, refusal);
  });

  it('keeps the session and tries again later when the identity server is unreachable', async () => {
    const renewWithServer = vi.fn<SyncHost['renewWithServer']>().mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const a = tab(memoryBus()(), userFor('alice', { lifetime: 60 }), { renewWithServer });
    const stale = a.session()?.user.access_token ?? '';
    const renewed = a.sync.renew(stale);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await renewed).toBe(true);
    expect(a.host.end).not.toHaveBeenCalled();
    renewWithServer.mockResolvedValueOnce(userFor('alice'));
    await vi.advanceTimersByTimeAsync(30_000 + 1_000);
    expect(renewWithServer).toHaveBeenCalledTimes(2);
  });

  it('throws a renewal away when the user signed out elsewhere meanwhile', async () => {
    const bus = memoryBus();
    let finish: (user: User) => void = () => {};
    const renewWithServer = vi.fn(() => new Promise<User>((resolve) => (finish = resolve)));
    const a = tab(bus(), userFor('alice', { lifetime: 60 }), { renewWithServer });
    const b = tab(bus(), userFor('alice', { lifetime: 60 }));
    const renewed = a.sync.renew(a.session()?.user.access_token ?? '');
    await vi.advanceTimersByTimeAsync(1_000);
    b.sync.announceSignOut();
    await vi.advanceTimersByTimeAsync(0);
    finish(userFor('alice'));
    expect(await renewed).toBe(false);
    expect(a.host.end).toHaveBeenCalledWith(null);
  });

  it('drops what a script posts that is not our protocol', async () => {
    const bus = memoryBus();
    const a = tab(bus(), userFor('alice'));
    const hostile = bus();
    hostile.post({ type: 'user', user: JSON.stringify({ access_token: 'forged', expires_at: 9_999_999_999 }) });
    hostile.post({ type: 'session', session: { flow: 'code', access_token: 'forged', token_type: 'Bearer', expires_at: 9_999_999_999, profile: { sub: 'alice' } } });
    await vi.advanceTimersByTimeAsync(0);
    expect(a.host.verify).not.toHaveBeenCalled();
    expect(a.host.take).not.toHaveBeenCalled();
  });
});

describe('session sync, when a session runs out', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('ends an expired session when renewal kept failing until expiry', async () => {
    const a = tab(memoryBus()(), userFor('alice', { lifetime: 10 }), { renewWithServer: vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))) });
    a.sync.changed(a.session()?.user ?? null);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(a.host.end).toHaveBeenCalledWith({ code: 'session_expired' });
  });
});
