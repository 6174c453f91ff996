import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callbackPath, takeCallbackUrl } from '../auth/callback-url';
import { storageProblem } from '../config/storage-check';
import { keyDatabaseName, keyStoreName } from '../auth/dpop-choice';
import { keyFamilies, prefix, singleKeys } from '../storage/catalogue';
import { opening, openingText } from './opening';

/** A Web Storage in memory; `disabled` throws on every use, as blocked site data does. */
class MemoryStorage {
  private readonly entries = new Map<string, string>();
  constructor(
    initial: Record<string, string> = {},
    private readonly disabled = false,
  ) {
    for (const [key, value] of Object.entries(initial)) this.entries.set(key, value);
  }
  private check(): void {
    if (this.disabled) throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  get length(): number {
    this.check();
    return this.entries.size;
  }
  key(index: number): string | null {
    this.check();
    return [...this.entries.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    this.check();
    return this.entries.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.check();
    this.entries.set(key, value);
  }
  removeItem(key: string): void {
    this.check();
    this.entries.delete(key);
  }
}

interface PageState {
  path: string;
  search?: string;
  hash?: string;
  languages?: string[];
  local?: Record<string, string>;
  session?: Record<string, string>;
  storageDisabled?: boolean;
}

const guard = readFileSync(new URL('../first-paint-guard.js', import.meta.url), 'utf8');
// The page the build renders ahead: Node has no storage, no address and no browser languages.
const prerendered = openingText(opening({ callbackUrl: null, explorerRun: null }, null, '/'));

function page(state: PageState) {
  const location = { pathname: state.path, search: state.search ?? '', hash: state.hash ?? '', href: `http://localhost${state.path}${state.search ?? ''}${state.hash ?? ''}` };
  return {
    location,
    history: { replaceState: (_data: unknown, _unused: string, url: string) => Object.assign(location, { pathname: url, search: '', hash: '' }) },
    navigator: { languages: state.languages ?? ['en-US'], language: state.languages?.[0] ?? 'en-US' },
    localStorage: new MemoryStorage(state.local, state.storageDisabled),
    sessionStorage: new MemoryStorage(state.session, state.storageDisabled),
  };
}

/** Runs the guard, as the built page does, over a #root holding the prerendered page: whether it kept it. */
function guardKeeps(state: PageState): boolean {
  let opening: string | null = prerendered;
  const root = {
    getAttribute: (name: string) => (name === 'data-opening' ? opening : null),
    removeAttribute: () => (opening = null),
    replaceChildren: () => undefined,
  };
  const window = { ...page(state), document: { getElementById: (id: string) => (id === 'root' ? root : null) } };
  new Function('window', guard)(window);
  return opening !== null;
}

/** An IndexedDB whose DPoP key store holds `entries`, as far as the guard uses it (answers come a microtask later); what it was asked, in order. */
function keyDatabase(entries: [string, unknown][]) {
  const asked: string[] = [];
  const answer = <T,>(result: () => T) => {
    const request: { result?: T; onsuccess?: () => void } = {};
    queueMicrotask(() => {
      request.result = result();
      request.onsuccess?.();
    });
    return request;
  };
  const database = {
    transaction(store: string, mode: string) {
      asked.push(`read ${store} ${mode}`);
      return { objectStore: () => ({ getAllKeys: () => answer(() => entries.map(([name]) => name)), getAll: () => answer(() => entries.map(([, value]) => value)) }) };
    },
    close: () => asked.push('close'),
  };
  return {
    asked,
    indexedDB: {
      open(name: string) {
        asked.push(`open ${name}`);
        return answer(() => database);
      },
    },
  };
}

/** Runs the guard on a page with that IndexedDB (`keyDatabase(…).indexedDB`): what it left for the app (window.obeKeyStoreRead). */
function guardKeyRead(state: PageState, indexedDB: object): unknown {
  const window: Record<string, unknown> = { ...page(state), indexedDB, document: { getElementById: () => null } };
  new Function('window', guard)(window);
  return window.obeKeyStoreRead;
}

/** The Opening the app computes on that page (main.tsx), after its first module has taken the answer out of the address bar. */
function appOpening(state: PageState): string {
  const window = page(state);
  vi.stubGlobal('window', window);
  vi.stubGlobal('navigator', window.navigator);
  const callbackUrl = takeCallbackUrl(window.location as unknown as Location, window.history as unknown as History);
  return openingText(opening({ callbackUrl, explorerRun: null }, storageProblem(), window.location.pathname));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const fresh: PageState = { path: '/' };

describe('the first-paint guard', () => {
  it('keeps the prerendered page for a first visit in English, and the app opens with the same', () => {
    expect(guardKeeps(fresh)).toBe(true);
    expect(appOpening(fresh)).toBe(prerendered);
  });

  it.each<[string, PageState]>([
    ['a sign-in’s answer', { path: '/callback', search: '?code=abc&state=xyz' }],
    ['another address', { path: '/explorer' }],
    ['a fragment', { path: '/', hash: '#main' }],
    ['a session to check', { path: '/', session: { 'obe.oidc.user:http://localhost:5001:open-banking-explorer': '{}' } }],
    ['a browser that prefers Norwegian', { path: '/', languages: ['nb-NO', 'en'] }],
    ['Norwegian chosen before', { path: '/', local: { 'obe.language': '"nb"' } }],
    ['another environment chosen before', { path: '/', local: { 'obe.environment': '"aritma-dev"' } }],
    ['storage that cannot be read', { path: '/', storageDisabled: true }],
  ])('removes it for %s', (_name, state) => {
    expect(guardKeeps(state)).toBe(false);
  });

  it('reads the keys the app keeps its language, environment and sessions under', () => {
    expect(singleKeys.language.area).toBe('local');
    expect(singleKeys.environment.area).toBe('local');
    expect(keyFamilies['oidc.'].area).toBe('session');
    for (const key of [`${prefix}language`, `${prefix}environment`, `${prefix}oidc.`]) expect(guard).toContain(`'${key}'`);
  });

  it('reads the DPoP key store on the page that brings a bound sign-in’s answer, and leaves it for the app', async () => {
    const database = keyDatabase([
      ['obe:local:demo:open-banking-explorer', { keys: 'the key pair' }],
      ['obe:other:x:spa', { keys: 'another' }],
    ]);
    const read = guardKeyRead({ path: '/callback', search: '?code=a&state=b', session: { 'obe.dpop:local:demo': 'true' } }, database.indexedDB);
    await expect(read).resolves.toEqual({ names: ['obe:local:demo:open-banking-explorer', 'obe:other:x:spa'], values: [{ keys: 'the key pair' }, { keys: 'another' }] });
    expect(database.asked).toEqual(['open oidc', 'read dpop readonly', 'close']);
  });

  it('settles the read it leaves when the database has no key store, so a proof never waits for it', async () => {
    const withoutStore = {
      open() {
        const request: { result?: unknown; onsuccess?: () => void } = {};
        queueMicrotask(() => {
          request.result = {
            transaction() {
              throw new DOMException('No objectStore named dpop.', 'NotFoundError');
            },
          };
          request.onsuccess?.();
        });
        return request;
      },
    };
    const read = guardKeyRead({ path: '/callback', search: '?code=a&state=b', session: { 'obe.dpop:local:demo': 'true' } }, withoutStore);
    await expect(read).rejects.toThrow('No objectStore named dpop.');
  });

  it.each<[string, PageState]>([
    ['another page', { path: '/', session: { 'obe.dpop:local:demo': 'true' } }],
    ['an answer to a sign-in without DPoP', { path: '/callback', search: '?code=a&state=b', session: { 'obe.oidc.state': '{}' } }],
  ])('leaves the key store alone on %s', (_name, state) => {
    const database = keyDatabase([]);
    expect(guardKeyRead(state, database.indexedDB)).toBeUndefined();
    expect(database.asked).toEqual([]);
  });

  it('reads the DPoP key store the app reads, on the page that brings a bound sign-in’s answer', () => {
    expect(keyFamilies['dpop:'].area).toBe('session');
    for (const name of [callbackPath, `${prefix}dpop:`, keyDatabaseName, keyStoreName]) expect(guard).toContain(`'${name}'`);
  });

  it('never keeps a page the app would not open with', () => {
    const paths: PageState[] = [
      { path: '/' },
      { path: '/', search: '?x=1' },
      { path: '/', hash: '#main' },
      { path: '/callback', search: '?code=abc&state=xyz' },
      { path: '/explorer' },
      { path: '/accounts' },
    ];
    const languageLists = [['en-US'], ['en'], ['nb-NO', 'en'], ['de-DE', 'en'], ['nn'], []];
    const languageChoices = [undefined, '"en"', '"nb"', '"fr"', 'not json'];
    const environmentChoices = [undefined, '"local"', '"aritma-dev"', '"aritma-prod"', '"custom"', '"elsewhere"'];
    const sessions: Record<string, string>[] = [{}, { 'obe.oidc.user:http://localhost:5001:open-banking-explorer': '{}' }, { 'obe.oidc.state': '{}' }, { 'obe.dpop-keys': '{}' }];
    let kept = 0;
    for (const at of paths)
      for (const languages of languageLists)
        for (const language of languageChoices)
          for (const environment of environmentChoices)
            for (const session of sessions)
              for (const storageDisabled of [false, true]) {
                const local = { ...(language ? { 'obe.language': language } : {}), ...(environment ? { 'obe.environment': environment } : {}) };
                const state: PageState = { ...at, languages, local, session, storageDisabled };
                if (!guardKeeps(state)) continue;
                kept += 1;
                expect(appOpening(state), JSON.stringify(state)).toBe(prerendered);
                vi.unstubAllGlobals();
              }
    expect(kept).toBeGreaterThan(0);
  });
});
