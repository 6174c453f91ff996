import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefixedDpopStore, type DPoPStore } from './dpop';
import { earlyKeyNames, offersDpop, readDpopKeyAhead, takeEarlyRead } from './dpop-choice';

type State = Awaited<ReturnType<DPoPStore['get']>>;

/** An in-memory store with IndexedDbDPoPStore's contract, standing in for IndexedDB (absent in Node). */
function memoryStore(): DPoPStore & { entries: Map<string, State> } {
  const entries = new Map<string, State>();
  return {
    entries,
    set: async (key, value) => void entries.set(key, value),
    get: async (key) => entries.get(key) as State,
    remove: async (key) => {
      const value = entries.get(key) as State;
      entries.delete(key);
      return value;
    },
    getAllKeys: async () => [...entries.keys()],
  };
}

const state = (label: string) => ({ keys: { label } }) as unknown as State;

describe('the DPoP key store of a session', () => {
  it('keeps two environments with the same client id apart', async () => {
    const inner = memoryStore();
    const one = prefixedDpopStore(inner, 'obe:one:');
    const two = prefixedDpopStore(inner, 'obe:two:');
    await one.set('spa', state('first'));
    await two.set('spa', state('second'));
    expect(await one.get('spa')).toEqual(state('first'));
    expect(await two.get('spa')).toEqual(state('second'));
    expect([...inner.entries.keys()].sort()).toEqual(['obe:one:spa', 'obe:two:spa']);
  });

  it('lists its own keys by the names the library gave them, and no one else’s', async () => {
    const inner = memoryStore();
    await inner.set('spa', state('foreign'));
    const one = prefixedDpopStore(inner, 'obe:one:');
    await one.set('spa', state('own'));
    expect(await one.getAllKeys()).toEqual(['spa']);
    expect(await prefixedDpopStore(inner, 'obe:two:').getAllKeys()).toEqual([]);
  });

  it('removes only its own key', async () => {
    const inner = memoryStore();
    const one = prefixedDpopStore(inner, 'obe:one:');
    const two = prefixedDpopStore(inner, 'obe:two:');
    await one.set('spa', state('first'));
    await two.set('spa', state('second'));
    expect(await one.remove('spa')).toEqual(state('first'));
    expect(await one.getAllKeys()).toEqual([]);
    expect(await two.getAllKeys()).toEqual(['spa']);
  });
});

describe('whether DPoP is offered', () => {
  it('needs ES256 among the advertised proof algorithms, the only one oidc-client-ts signs with', () => {
    expect(offersDpop({ dpop_signing_alg_values_supported: ['ES256', 'EdDSA'] } as never)).toBe(true);
    expect(offersDpop({ dpop_signing_alg_values_supported: ['EdDSA'] } as never)).toBe(false);
    expect(offersDpop({})).toBe(false);
    expect(offersDpop(undefined)).toBe(false);
  });
});

describe('a bound sign-in’s answer page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('takes the key store as the first-paint guard read it, once, and answers the proof’s two reads from it', async () => {
    const page: { obeKeyStoreRead?: unknown } = { obeKeyStoreRead: Promise.resolve({ names: ['obe:a:spa', 'obe:b:spa'], values: ['key a', 'key b'] }) };
    vi.stubGlobal('window', page);
    vi.stubGlobal('indexedDB', undefined); // nothing may go to the database
    readDpopKeyAhead('obe:b:spa');
    expect(page.obeKeyStoreRead).toBeUndefined();
    await expect(takeEarlyRead('obe:b:spa')).resolves.toBe('key b');
    await expect(takeEarlyRead(earlyKeyNames)).resolves.toEqual(['obe:a:spa', 'obe:b:spa']);
    expect(takeEarlyRead('obe:b:spa')).toBeUndefined();
  });

  it('answers an entry the store does not hold with nothing, as the store would', async () => {
    vi.stubGlobal('window', { obeKeyStoreRead: Promise.resolve({ names: ['obe:a:spa'], values: ['key a'] }) });
    readDpopKeyAhead('obe:c:spa');
    await expect(takeEarlyRead('obe:c:spa')).resolves.toBeUndefined();
    takeEarlyRead(earlyKeyNames);
  });
});
