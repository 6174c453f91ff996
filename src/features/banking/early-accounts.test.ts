import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuthSession, EarlyAccess } from '../../auth';
import type { SessionState } from '../../auth/session-state';
import { MemoryStorage, stubStores } from '../../test/stores';
import { watchEarlyAccounts } from './early-accounts';

const companyId = '3f2b8c1e-5d4a-4e7b-9c61-0a8d2f4b7e15';

/** A session whose early access and state the test sets, telling its listeners as the real one does. */
function fakeSession() {
  const listeners = new Set<() => void>();
  let early: EarlyAccess | null = null;
  let state = { status: 'completing', user: null } as unknown as SessionState;
  const session = {
    environment: { id: 'local', apiBaseUrl: 'http://localhost:5002' },
    earlyAccess: () => early,
    getState: () => state,
    accessToken: () => early?.accessToken ?? null,
    apiProof: async () => null,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as AuthSession;
  const tell = () => listeners.forEach((listener) => listener());
  return {
    session,
    listeners,
    arrive(subject: string) {
      early = { accessToken: 'token', subject };
      tell();
    },
    end(next: 'signed-in' | 'refused', subject: string) {
      early = null;
      state = { status: next, user: next === 'signed-in' ? { profile: { sub: subject } } : null } as unknown as SessionState;
      tell();
    },
  };
}

let queryClient: QueryClient;

const accountsKey = ['local', 'demo', 'accounts', companyId];

/** A watched session whose tokens have arrived, with the accounts' answer in the cache. */
async function answered() {
  const fake = fakeSession();
  watchEarlyAccounts(fake.session, queryClient);
  fake.arrive('demo');
  await vi.waitFor(() => expect(queryClient.getQueryData(accountsKey)).toBeDefined());
  return fake;
}
let fetches: string[];

beforeEach(() => {
  const local = new MemoryStorage();
  local.setItem('obe.companies:local:demo', JSON.stringify({ ids: [companyId], current: companyId }));
  stubStores(local, new MemoryStorage());
  fetches = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      fetches.push(url);
      return new Response(JSON.stringify({ CompanyId: companyId, Accounts: [] }), { headers: { 'content-type': 'application/json' } });
    }),
  );
  queryClient = new QueryClient();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('watchEarlyAccounts', () => {
  it('asks for the accounts of the subject’s last company the moment the tokens arrive', async () => {
    const fake = fakeSession();
    watchEarlyAccounts(fake.session, queryClient);
    expect(fetches).toEqual([]);
    fake.arrive('demo');
    await vi.waitFor(() => expect(fetches).toEqual([`http://localhost:5002/api/v3/accounts/${companyId}`]));
  });

  it('keeps the answer for a session signed in as that subject', async () => {
    const fake = await answered();
    fake.end('signed-in', 'demo');
    expect(queryClient.getQueryData(accountsKey)).toBeDefined();
  });

  it('takes the answer away when the sign-in is refused', async () => {
    const fake = await answered();
    fake.end('refused', 'demo');
    expect(queryClient.getQueryData(accountsKey)).toBeUndefined();
  });

  it('stops listening when ended', () => {
    const fake = fakeSession();
    const stop = watchEarlyAccounts(fake.session, queryClient);
    expect(fake.listeners.size).toBe(1);
    stop();
    expect(fake.listeners.size).toBe(0);
  });
});
