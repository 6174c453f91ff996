import { vi } from 'vitest';

/** A Storage in memory with the browser's failure modes: a quota, and a switch that blocks it. */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

/** Gives the code under test a `window` whose stores are these, or throw on access as blocked site data does. */
export function stubStores(localStore: Storage | 'blocked', sessionStore: Storage | 'blocked', more: object = {}) {
  const blocked = () => {
    throw new DOMException('blocked', 'SecurityError');
  };
  const fakeWindow = { ...more };
  Object.defineProperty(fakeWindow, 'localStorage', { get: localStore === 'blocked' ? blocked : () => localStore });
  Object.defineProperty(fakeWindow, 'sessionStorage', { get: sessionStore === 'blocked' ? blocked : () => sessionStore });
  vi.stubGlobal('window', fakeWindow);
}
