import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { MemoryStorage, stubStores } from '../test/stores';
import { read, remove, removeAll, storageKey, storageKeyFamily, storageProblem, storedKeys, take, write } from './storage';

let local: MemoryStorage;
let session: MemoryStorage;

beforeEach(() => {
  local = new MemoryStorage();
  session = new MemoryStorage();
  stubStores(local, session);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const language = storageKey('language', v.picklist(['en', 'nb']));
const wireLog = storageKey('wire-log', v.array(v.object({ id: v.number() })));
const pending = storageKeyFamily('implicit.', v.object({ nonce: v.string() }));

describe('storage', () => {
  it('keeps each key in the store its table entry names, under the obe. prefix, as JSON', () => {
    expect(write(language, 'nb')).toBe('stored');
    expect(write(wireLog, [{ id: 1 }])).toBe('stored');
    expect(local.getItem('obe.language')).toBe('"nb"');
    expect(session.getItem('obe.wire-log')).toBe('[{"id":1}]');
    expect(session.getItem('obe.language')).toBeNull();
    expect(read(language)).toBe('nb');
    expect(read(wireLog)).toEqual([{ id: 1 }]);
  });

  it('gives each member of a family its own key', () => {
    write(pending('state-1'), { nonce: 'n1' });
    write(pending('state-2'), { nonce: 'n2' });
    expect(read(pending('state-1'))).toEqual({ nonce: 'n1' });
    expect(session.getItem('obe.implicit.state-2')).toBe('{"nonce":"n2"}');
  });

  it('reads a value that fails its schema as absent', () => {
    local.setItem('obe.language', '"fr"');
    session.setItem('obe.wire-log', '{"not":"a list"}');
    expect(read(language)).toBeNull();
    expect(read(wireLog)).toBeNull();
  });

  it('takes any Standard Schema: valibot’s, or one written by hand', () => {
    const choice = storageKeyFamily('dpop-choice:', v.boolean());
    local.setItem('obe.dpop-choice:a', 'true');
    local.setItem('obe.dpop-choice:b', '"yes"');
    expect(read(choice('a'))).toBe(true);
    expect(read(choice('b'))).toBeNull();
    const english = storageKey<'en'>('language', {
      '~standard': { version: 1, vendor: 'test', validate: (value) => (value === 'en' ? { value } : { issues: [{ message: 'not en' }] }) },
    });
    local.setItem('obe.language', '"en"');
    expect(read(english)).toBe('en');
    local.setItem('obe.language', '"nb"');
    expect(read(english)).toBeNull();
  });

  it('reads a value as absent when its schema would only answer later (an asynchronous check)', () => {
    const later = storageKey('language', v.pipeAsync(v.string(), v.checkAsync(async () => true)));
    local.setItem('obe.language', '"nb"');
    expect(read(later)).toBeNull();
  });

  it('reads a plain-text value written before values were JSON', () => {
    local.setItem('obe.language', 'nb');
    expect(read(language)).toBe('nb');
  });

  it('reads an absent key as null', () => {
    expect(read(language)).toBeNull();
  });

  it('takes a one-time value: read once, then gone', () => {
    write(pending('s'), { nonce: 'n' });
    expect(take(pending('s'))).toEqual({ nonce: 'n' });
    expect(take(pending('s'))).toBeNull();
    expect(session.length).toBe(0);
  });

  it('removes a key', () => {
    write(language, 'en');
    remove(language);
    expect(local.length).toBe(0);
  });

  it('reads null, writes nothing and says so when storage is disabled', () => {
    stubStores('blocked', 'blocked');
    expect(read(language)).toBeNull();
    expect(write(language, 'nb')).toBe('disabled');
    expect(() => remove(language)).not.toThrow();
    expect(storedKeys()).toEqual([]);
    expect(removeAll('session')).toEqual([]);
  });

  it('says the store is full when a value does not fit', () => {
    stubStores(local, new MemoryStorage(10));
    expect(write(wireLog, Array.from({ length: 20 }, (_, id) => ({ id })))).toBe('full');
    expect(read(wireLog)).toBeNull();
  });

  it('lists every key of both stores with its kind, and keys outside the table with none', () => {
    write(language, 'en');
    write(wireLog, []);
    write(pending('s'), { nonce: 'n' });
    session.setItem('obe.oidc.user:https://id.example.com:client', '{}');
    session.setItem('oidc.user:https://id.example.com:client', '{}');
    local.setItem('someone-else', 'x');
    expect(storedKeys()).toEqual(
      expect.arrayContaining([
        { area: 'local', key: 'obe.language', kind: 'preference' },
        { area: 'local', key: 'someone-else', kind: null },
        { area: 'session', key: 'obe.wire-log', kind: 'session' },
        { area: 'session', key: 'obe.implicit.s', kind: 'session' },
        { area: 'session', key: 'obe.oidc.user:https://id.example.com:client', kind: 'session' },
        { area: 'session', key: 'oidc.user:https://id.example.com:client', kind: null },
      ]),
    );
    expect(storedKeys()).toHaveLength(6);
  });

  it('removes every key of a kind and leaves the rest', () => {
    write(language, 'nb');
    write(wireLog, [{ id: 1 }]);
    write(pending('s'), { nonce: 'n' });
    session.setItem('obe.oidc.abc', '{"code_verifier":"v"}');
    session.setItem('obe.discovery:https://id.example.com', '{}');
    expect(removeAll('session').sort()).toEqual(['obe.implicit.s', 'obe.oidc.abc', 'obe.wire-log']);
    expect(storedKeys().map((entry) => entry.key).sort()).toEqual(['obe.discovery:https://id.example.com', 'obe.language']);
  });
});

describe('storageProblem', () => {
  it('finds no problem in a working store and leaves nothing behind', () => {
    expect(storageProblem('session')).toBeNull();
    expect(session.length).toBe(0);
  });

  it('says disabled when the store cannot be read', () => {
    stubStores(local, 'blocked');
    expect(storageProblem('session')).toBe('disabled');
    expect(storageProblem('local')).toBeNull();
  });

  it('says full when a small value does not fit', () => {
    stubStores(local, new MemoryStorage(100));
    expect(storageProblem('session')).toBe('full');
  });
});
