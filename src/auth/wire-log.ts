import * as v from 'valibot';
import { read, remove, storageKey, write } from '../storage/storage';

/**
 * A record of every exchange with the identity server that this tab really made: fetches
 * (discovery, JWKS, token, userinfo, revocation) captured as they happen, and the browser
 * redirects (authorize, callback, end session) noted where the app sends or receives them.
 * Kept in sessionStorage so it survives the redirects of a sign-in. Secrets are masked as they
 * are recorded: storage holds only a recognisable prefix and the length; the raw values stay in
 * this page's memory for "Reveal", and passwords and client secrets are not kept at all.
 */

const exchangeKinds = ['discovery', 'jwks', 'par', 'authorize', 'callback', 'token', 'userinfo', 'revocation', 'introspection', 'end_session', 'api', 'other'] as const;
export type ExchangeKind = (typeof exchangeKinds)[number];
/** Every kind, in the order a flow meets them (a HAR import reads `_kind` against this list). */
export const allExchangeKinds: readonly ExchangeKind[] = exchangeKinds;

/** A finite number: JSON.parse reads 1e999 as Infinity, which no number of an exchange is. */
const finite = v.pipe(v.number(), v.finite());

/** What was masked at a path (`sent.code`, `received.access_token`): its length, and whether this page kept the value. */
const maskedSchema = v.object({ length: v.nullable(finite), kept: v.boolean() });
export type MaskedSecret = v.InferOutput<typeof maskedSchema>;

const exchangeSchema = v.object({
  id: finite,
  /** Epoch milliseconds. */
  at: finite,
  kind: v.picklist(exchangeKinds),
  method: v.string(),
  url: v.string(),
  /** Query and form parameters sent (and the Authorization and DPoP headers), secrets masked. */
  sent: v.record(v.string(), v.string()),
  status: v.optional(finite),
  /** Parameters or JSON received (JSON bodies over 64 kB are left out), secrets masked. */
  received: v.optional(v.unknown()),
  durationMs: v.optional(finite),
  error: v.optional(v.string()),
  secrets: v.optional(v.record(v.string(), maskedSchema)),
  /** Request headers the app set (fetches only), secrets masked. */
  requestHeaders: v.optional(v.record(v.string(), v.string())),
  /** Response headers the browser let the app read (CORS-exposed ones). */
  responseHeaders: v.optional(v.record(v.string(), v.string())),
  /** A body that is not form parameters (an API call's JSON). */
  requestBody: v.optional(v.string()),
  /** The scheme of the Authorization header sent (Bearer, DPoP, Basic), kept apart so masking the header cannot hide it. */
  authScheme: v.optional(v.string()),
});
export type Exchange = v.InferOutput<typeof exchangeSchema>;
type Unmasked = Omit<Exchange, 'id' | 'at' | 'secrets'> & { at?: number };

const stored = storageKey('wire-log', v.array(exchangeSchema));
const maxEntries = 400;
const maxBodyChars = 64 * 1024;
/** API answers are data, not the flow: only small ones are kept, so the log cannot fill the tab's storage. */
const maxApiBodyChars = 2 * 1024;
const listeners = new Set<() => void>();
let entries: Exchange[] = read(stored) ?? [];
let watchedOrigins = new Set<string>();
/** Raw secrets by entry id and path, for "Reveal" in this page only; never written anywhere. */
let rawValues = new Map<number, Map<string, string>>();
let apiBases = new Set<string>();

/** Names whose values are credentials or lead to them (RFC 6749, 7636, 7009, 8693, 9449, OIDC). */
export const credentialNames: readonly string[] = [
  'access_token',
  'refresh_token',
  'id_token',
  'id_token_hint',
  'logout_token',
  'code',
  'code_verifier',
  'device_code',
  'token',
  'subject_token',
  'actor_token',
  'assertion',
  'client_assertion',
  'Authorization',
  'DPoP',
];
const secretNames = new Set(credentialNames);
/** Secrets of a server, not of this session: masked without even a prefix, and never kept. */
const neverKeptNames = new Set(['password', 'client_secret']);

interface Masking {
  secrets: Record<string, MaskedSecret>;
  raw: Map<string, string>;
}

const jwtLike = /^eyJ[\w-]*\.[\w-]*\.[\w-]*$/;

/**
 * The first characters (at most six, at most a quarter) and an ellipsis: enough to tell two tokens
 * apart. A JWT keeps its whole header (alg, kid, typ say nothing secret), so a flow can still be graded.
 */
function prefixOf(value: string): string {
  if (jwtLike.test(value)) return `${value.split('.')[0] ?? ''}.…`;
  return `${value.slice(0, Math.min(6, Math.floor(value.length / 4)))}…`;
}

function maskValue(name: string, value: string, path: string, masking: Masking): string {
  const scheme = name === 'Authorization' ? /^(\S+)\s+(.*)$/.exec(value) : null;
  // HTTP Basic carries the client's id and secret.
  if (neverKeptNames.has(name) || scheme?.[1]?.toLowerCase() === 'basic') {
    masking.secrets[path] = { length: null, kept: false };
    return scheme ? `${scheme[1]} •••` : '•••';
  }
  masking.secrets[path] = { length: value.length, kept: true };
  masking.raw.set(path, value);
  return scheme ? `${scheme[1]} ${prefixOf(scheme[2] ?? '')}` : prefixOf(value);
}

function maskTree(value: unknown, path: string, masking: Masking): unknown {
  if (Array.isArray(value)) return value.map((item, index) => maskTree(item, `${path}.${index}`, masking));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, item]) => {
      const itemPath = `${path}.${name}`;
      if (typeof item === 'string' && (secretNames.has(name) || neverKeptNames.has(name))) return [name, maskValue(name, item, itemPath, masking)];
      return [name, maskTree(item, itemPath, masking)];
    }),
  );
}

function mask(exchange: Unmasked): { masked: Unmasked & Pick<Exchange, 'secrets'>; raw: Map<string, string> } {
  const masking: Masking = { secrets: {}, raw: new Map() };
  const sent = maskTree(exchange.sent, 'sent', masking) as Record<string, string>;
  const received = exchange.received === undefined ? undefined : maskTree(exchange.received, 'received', masking);
  const secrets = Object.keys(masking.secrets).length ? masking.secrets : undefined;
  return { masked: { ...exchange, sent, ...(received === undefined ? {} : { received }), ...(secrets ? { secrets } : {}) }, raw: masking.raw };
}

function save() {
  write(stored, entries); // when storage is full, the log still lives in memory for this page
  listeners.forEach((listener) => listener());
}

export function kindOf(url: URL, method: string): ExchangeKind {
  const path = url.pathname;
  if (path.endsWith('/.well-known/openid-configuration')) return 'discovery';
  if (/jwks|\/certs$|\/keys$/.test(path)) return 'jwks';
  if (/\/par$|pushed/.test(path) && method === 'POST') return 'par';
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

/** Records an exchange, masking its secrets before anything is kept. */
export function record(exchange: Unmasked): void {
  const { masked, raw } = mask(exchange);
  const id = (entries.at(-1)?.id ?? 0) + 1;
  entries = [...entries, { at: Date.now(), ...masked, id }].slice(-maxEntries);
  if (raw.size) rawValues.set(id, raw);
  const oldest = entries[0]?.id ?? id;
  for (const kept of rawValues.keys()) if (kept < oldest) rawValues.delete(kept);
  save();
}

export type Revealed = { state: 'shown'; value: string } | { state: 'gone' } | { state: 'never-kept' };

/** The raw value behind a masked one (`path` as in `Exchange.secrets`), or null when nothing was masked there. */
export function revealSecret(exchange: Exchange, path: string): Revealed | null {
  const secret = exchange.secrets?.[path];
  if (!secret) return null;
  if (!secret.kept) return { state: 'never-kept' };
  const value = rawValues.get(exchange.id)?.get(path);
  // Raw values live in the memory of the page that recorded them: a reload or a clear ends them.
  return value === undefined ? { state: 'gone' } : { state: 'shown', value };
}

/**
 * Forgets every exchange and every raw value, and removes the stored copy: for a new sign-in,
 * a sign-out, a change of environment and a refused response.
 */
export function clearWireLog(): void {
  clearWireLogBut(() => false);
}

/** Forgets every exchange but those `keep` picks (with their raw values): a new sign-in keeps the discovery it is built on. */
export function clearWireLogBut(keep: (exchange: Exchange) => boolean): void {
  entries = entries.filter(keep);
  rawValues = new Map([...rawValues].filter(([id]) => entries.some((entry) => entry.id === id)));
  if (entries.length > 0) write(stored, entries);
  else remove(stored);
  listeners.forEach((listener) => listener());
}

/** A copy of `value` with `raw` put back at `path` (dot-separated, as in `Exchange.secrets`). */
function putBack(value: unknown, path: string[], raw: string): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return raw;
  if (Array.isArray(value)) return value.map((item, index) => (String(index) === head ? putBack(item, rest, raw) : item));
  if (!value || typeof value !== 'object') return value;
  return { ...value, [head]: putBack((value as Record<string, unknown>)[head], rest, raw) };
}

/**
 * This tab's exchanges with the raw values this page still holds put back, for an export the user
 * explicitly chose to include secrets in; `stillMasked` counts those it no longer (or never) held.
 */
export function wireLogWithSecrets(): { exchanges: Exchange[]; stillMasked: number } {
  let stillMasked = 0;
  const exchanges = entries.map((exchange) => {
    let copy: Exchange = exchange;
    for (const path of Object.keys(exchange.secrets ?? {})) {
      const raw = rawValues.get(exchange.id)?.get(path);
      if (raw === undefined) {
        stillMasked += 1;
        continue;
      }
      const [part, ...rest] = path.split('.');
      if (part === 'sent') copy = { ...copy, sent: putBack(copy.sent, rest, raw) as Record<string, string> };
      else if (part === 'received') copy = { ...copy, received: putBack(copy.received, rest, raw) };
    }
    return copy;
  });
  return { exchanges, stillMasked };
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
const headersOf = (headers: Headers): Record<string, string> => Object.fromEntries([...headers.entries()].filter(([name]) => name !== 'authorization' && name !== 'dpop'));

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
  for (const name of ['Authorization', 'DPoP']) {
    const value = headers.get(name);
    if (value) sent[name] = value;
  }
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
    // Recorded, and so masked, as the request ends: a raw password or secret lives no longer than the request.
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
