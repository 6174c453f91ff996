/**
 * A record of every exchange with the identity server that this tab really made: fetches
 * (discovery, JWKS, token, userinfo, revocation) captured as they happen, and the browser
 * redirects (authorize, callback, end session) noted where the app sends or receives them.
 * Kept in sessionStorage so it survives the redirects of a sign-in; secrets are masked in the UI.
 */

export type ExchangeKind = 'discovery' | 'jwks' | 'authorize' | 'callback' | 'token' | 'userinfo' | 'revocation' | 'introspection' | 'end_session' | 'api' | 'other';

export interface Exchange {
  id: number;
  /** Epoch milliseconds. */
  at: number;
  kind: ExchangeKind;
  method: string;
  url: string;
  /** Query and form parameters sent. */
  sent: Record<string, string>;
  status?: number;
  /** Parameters or JSON received (JSON bodies over 64 kB are left out). */
  received?: unknown;
  durationMs?: number;
  error?: string;
  /** Request headers the app set (fetches only). */
  requestHeaders?: Record<string, string>;
  /** Response headers the browser let the app read (CORS-exposed ones). */
  responseHeaders?: Record<string, string>;
  /** A body that is not form parameters (an API call's JSON). */
  requestBody?: string;
  /** The scheme of the Authorization header sent (Bearer, DPoP, Basic), kept apart so masking the header cannot hide it. */
  authScheme?: string;
}

const storageKey = 'obe.wire-log';
const maxEntries = 400;
const maxBodyChars = 64 * 1024;
/** API answers are data, not the flow: only small ones are kept, so the log cannot fill the tab's storage. */
const maxApiBodyChars = 2 * 1024;
const listeners = new Set<() => void>();
let entries: Exchange[] = load();
let watchedOrigins = new Set<string>();
let apiBases = new Set<string>();

function load(): Exchange[] {
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(storageKey) ?? '[]');
    return Array.isArray(parsed) ? (parsed as Exchange[]) : [];
  } catch {
    return [];
  }
}

function save() {
  try {
    window.sessionStorage.setItem(storageKey, JSON.stringify(entries));
  } catch {
    // storage full: the log still lives in memory for this page
  }
  listeners.forEach((listener) => listener());
}

export function kindOf(url: URL, method: string): ExchangeKind {
  const path = url.pathname;
  if (path.endsWith('/.well-known/openid-configuration')) return 'discovery';
  if (/jwks|\/certs$|\/keys$/.test(path)) return 'jwks';
  if (/\/authori[sz]e$/.test(path)) return 'authorize';
  if (/\/token$/.test(path) && method === 'POST') return 'token';
  if (/userinfo$/.test(path)) return 'userinfo';
  if (/revo(ke|cation)$/.test(path)) return 'revocation';
  if (/introspect(ion)?$/.test(path)) return 'introspection';
  if (/end_?session|logout/.test(path)) return 'end_session';
  return 'other';
}

export function paramsOf(search: string | URLSearchParams): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(search));
}

export function record(exchange: Omit<Exchange, 'id' | 'at'> & { at?: number }): void {
  const id = (entries.at(-1)?.id ?? 0) + 1;
  entries = [...entries, { at: Date.now(), ...exchange, id }].slice(-maxEntries);
  save();
}

/** A new sign-in starts a new story. */
export function clearWireLog(): void {
  entries = [];
  save();
}

export function wireLog(): Exchange[] {
  return entries;
}

export function subscribeWireLog(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Identity servers whose fetches are recorded. */
export function watchOrigin(origin: string): void {
  watchedOrigins = new Set([...watchedOrigins, origin]);
}

/** API base URLs whose calls are recorded too (kind `api`), so the explorer shows tokens being used and renewed. */
export function watchApi(baseUrl: string): void {
  apiBases = new Set([...apiBases, baseUrl.replace(/\/+$/, '')]);
}

function isApi(url: URL): boolean {
  const href = `${url.origin}${url.pathname}`;
  return [...apiBases].some((base) => href === base || href.startsWith(`${base}/`));
}

/** Headers as a record; Authorization is left out (it is kept, once, in `sent`). */
const headersOf = (headers: Headers): Record<string, string> => Object.fromEntries([...headers.entries()].filter(([name]) => name !== 'authorization'));

async function bodyOf(response: Response, limit = maxBodyChars): Promise<unknown> {
  const text = await response.clone().text();
  if (text.length > limit) return `(${text.length} characters, not kept)`;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function sentParams(url: URL, init?: RequestInit): Record<string, string> {
  const sent = paramsOf(url.search);
  if (typeof init?.body === 'string' && !/^\s*[[{]/.test(init.body)) Object.assign(sent, paramsOf(init.body));
  else if (init?.body instanceof URLSearchParams) Object.assign(sent, paramsOf(init.body));
  const headers = new Headers(init?.headers);
  const authorization = headers.get('Authorization');
  if (authorization) sent.Authorization = authorization;
  return sent;
}

/** Wraps fetch once, at start-up, so what oidc-client-ts and the app fetch from identity servers is recorded. */
export function installWireLog(): void {
  const original = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), window.location.href);
    const api = isApi(url);
    if (!api && !watchedOrigins.has(url.origin)) return original(input, init);
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const started = performance.now();
    const headers = new Headers(init?.headers);
    const base = {
      kind: api ? ('api' as const) : kindOf(url, method),
      method,
      url: `${url.origin}${url.pathname}`,
      sent: sentParams(url, init),
      requestHeaders: headersOf(headers),
      ...(typeof init?.body === 'string' && /^\s*[[{]/.test(init.body) ? { requestBody: init.body.slice(0, maxBodyChars) } : {}),
      ...(headers.get('Authorization') ? { authScheme: headers.get('Authorization')?.split(' ')[0] } : {}),
    };
    try {
      const response = await original(input, init);
      record({
        ...base,
        status: response.status,
        received: await bodyOf(response, api ? maxApiBodyChars : maxBodyChars),
        responseHeaders: headersOf(response.headers),
        durationMs: Math.round(performance.now() - started),
      });
      return response;
    } catch (error) {
      record({ ...base, error: error instanceof Error ? error.message : String(error), durationMs: Math.round(performance.now() - started) });
      throw error;
    }
  };
}
