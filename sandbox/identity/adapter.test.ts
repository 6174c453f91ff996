import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from './adapter.ts';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('memory adapter', () => {
  it('finds what was stored until it expires', async () => {
    const tokens = createMemoryAdapter()('AccessToken');
    await tokens.upsert('a', { jti: 'a', scope: 'openid' }, 60);
    expect(await tokens.find('a')).toEqual({ jti: 'a', scope: 'openid' });
    vi.advanceTimersByTime(59_999);
    expect(await tokens.find('a')).toBeDefined();
    vi.advanceTimersByTime(1);
    expect(await tokens.find('a')).toBeUndefined();
  });

  it('keeps models apart', async () => {
    const factory = createMemoryAdapter();
    await factory('AccessToken').upsert('same', { jti: 'same' }, 60);
    expect(await factory('RefreshToken').find('same')).toBeUndefined();
  });

  it('keeps separate providers apart', async () => {
    await createMemoryAdapter()('Session').upsert('s', { uid: 'u' }, 60);
    expect(await createMemoryAdapter()('Session').find('s')).toBeUndefined();
  });

  it('hands out copies, so callers cannot change what is stored', async () => {
    const sessions = createMemoryAdapter()('Session');
    const payload = { uid: 'u', accountId: 'demo' };
    await sessions.upsert('s', payload, 60);
    payload.accountId = 'changed';
    const found = await sessions.find('s');
    if (found) found.accountId = 'changed again';
    expect((await sessions.find('s'))?.accountId).toBe('demo');
  });

  it('marks a token consumed', async () => {
    const codes = createMemoryAdapter()('AuthorizationCode');
    await codes.upsert('c', { jti: 'c' }, 60);
    await codes.consume('c');
    expect((await codes.find('c'))?.consumed).toBe(Math.floor(Date.now() / 1000));
  });

  it('finds sessions by uid and device codes by user code', async () => {
    const factory = createMemoryAdapter();
    await factory('Session').upsert('s', { uid: 'u1' }, 60);
    await factory('DeviceCode').upsert('d', { userCode: 'ABCD' }, 60);
    expect(await factory('Session').findByUid('u1')).toEqual({ uid: 'u1' });
    expect(await factory('DeviceCode').findByUserCode('ABCD')).toEqual({ userCode: 'ABCD' });
    expect(await factory('Session').findByUid('nope')).toBeUndefined();
  });

  it('revokes a grant’s tokens of its own model, and destroys by id', async () => {
    const factory = createMemoryAdapter();
    const refresh = factory('RefreshToken');
    const access = factory('AccessToken');
    await refresh.upsert('r1', { grantId: 'g' }, 60);
    await refresh.upsert('r2', { grantId: 'other' }, 60);
    await access.upsert('a1', { grantId: 'g' }, 60);
    await refresh.revokeByGrantId('g');
    expect(await refresh.find('r1')).toBeUndefined();
    expect(await refresh.find('r2')).toBeDefined();
    expect(await access.find('a1')).toBeDefined();
    await refresh.destroy('r2');
    expect(await refresh.find('r2')).toBeUndefined();
  });
});
