import type { StandardSchemaV1 } from '@standard-schema/spec';
import * as v from 'valibot';
import { ApiError, type ApiErrorCode } from './errors';
import { isObject, loosePlainObject } from './shapes';

export interface ApiClientOptions {
  baseUrl: string;
  /** Read at request time, so a renewed token is used without touching query keys. */
  getAccessToken: () => Promise<string | null>;
  /** Called when the API refuses `staleToken` (401): renews the session and resolves true when a new token is ready. */
  renew?: (staleToken: string) => Promise<boolean>;
  /** How long one request may take before it is given up as a timeout. */
  timeoutMs?: number;
  /**
   * A fresh DPoP proof (RFC 9449) for one call with `token`, or null to send the token as Bearer.
   * `htu` is the URL without query and fragment; `nonce` the API's last DPoP-Nonce, if any.
   */
  proof?: (call: { method: string; htu: string; token: string; nonce: string | undefined }) => Promise<string | null>;
}

/** The last DPoP-Nonce each API origin sent, for the next proof (RFC 9449 §8); in memory only. */
const dpopNonces = new Map<string, string>();

/** The `error` of a DPoP challenge in WWW-Authenticate (RFC 9449 §7.1), or null. */
export function dpopChallengeError(header: string | null): string | null {
  if (!header || !/(^|,\s*)DPoP\b/i.test(header)) return null;
  return /\berror="([^"]*)"/.exec(header)?.[1] ?? null;
}

/** The proof's htu: the request URL without query and fragment (RFC 9449 §4.2). */
export function htuOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

const defaultTimeoutMs = 10_000;

/**
 * What the client needs of a schema: any Standard Schema (https://standardschema.dev) that checks
 * synchronously. The app's are valibot's (./shapes.ts); another library's would do as well.
 */
export type Validator<T> = StandardSchemaV1<unknown, T>;

/** The schema's verdict on `input`. One that would answer only later (an asynchronous check) cannot guard a value read now: it fails. */
export function validate<T>(schema: Validator<T>, input: unknown): StandardSchemaV1.Result<T> {
  const result = schema['~standard'].validate(input);
  return result instanceof Promise ? { issues: [{ message: 'the schema checks asynchronously' }] } : result;
}

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Statuses besides 2xx whose body is the answer (approve and dismiss document a result body on 400). */
  answerStatuses?: readonly number[];
  /** Content type of a JSON body; Aritma's pages show `application/json-patch+json` for its bodies. */
  contentType?: string;
}

export interface ApiClient {
  get<T>(path: string, schema: Validator<T>, options?: RequestOptions): Promise<T>;
  put<T>(path: string, body: unknown, schema: Validator<T>, options?: RequestOptions): Promise<T>;
  /** A POST whose answer body is not used: Aritma documents none for the operations the app posts to. */
  send(path: string, body: unknown, options?: RequestOptions): Promise<void>;
}

const problemSchema = loosePlainObject({
  title: v.optional(v.unknown()),
  detail: v.optional(v.unknown()),
  errors: v.optional(v.unknown()),
});

/**
 * Field → messages: an object (not an array) whose every value is a list of texts. Any key counts
 * but `__proto__`, which is left out; valibot's `record` would also leave out `constructor` and `prototype`.
 */
const fieldErrorsSchema = v.pipe(
  v.custom<Record<string, unknown>>(isObject),
  v.transform((errors) => Object.entries(errors).filter(([field]) => field !== '__proto__')),
  v.array(v.tuple([v.string(), v.array(v.string())])),
  v.transform((entries) => Object.fromEntries(entries)),
);

/** Error bodies are not documented: an RFC 9457 problem is read when one comes, and nothing depends on it. */
async function problem(response: Response): Promise<{ detail?: string; errors?: Record<string, string[]> }> {
  if (!/json/.test(response.headers.get('content-type') ?? '')) return {};
  const parsed = v.safeParse(problemSchema, await response.json().catch(() => null));
  if (!parsed.success) return {};
  const { title, detail, errors } = parsed.output;
  const text = typeof detail === 'string' ? detail : typeof title === 'string' ? title : undefined;
  const fields = v.safeParse(fieldErrorsSchema, errors);
  return { ...(text ? { detail: text } : {}), ...(fields.success ? { errors: fields.output } : {}) };
}

function codeFor(status: number): ApiErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409 || status === 422) return 'conflict';
  if (status >= 500) return 'server_error';
  return 'bad_request';
}

/** "Accounts.3.Currency: Invalid input" — the first field that did not fit the schema. */
function shapeProblem(issues: readonly StandardSchemaV1.Issue[]): string {
  const first = issues[0];
  // A Standard Schema path holds keys, or objects that carry one (valibot's say where the key was found).
  const path = (first?.path ?? []).map((segment) => (typeof segment === 'object' ? segment.key : segment));
  const field = path.length > 0 ? path.map(String).join('.') : '(the whole response)';
  return `${field}: ${first?.message ?? 'invalid'}`;
}

export function createApiClient({ baseUrl, getAccessToken, renew, proof, timeoutMs = defaultTimeoutMs }: ApiClientOptions): ApiClient {
  async function send(method: string, path: string, body: string | undefined, options: RequestOptions = {}): Promise<{ token: string; response: Response; proven: boolean }> {
    const token = await getAccessToken();
    if (!token) throw new ApiError('signed_out', { path });
    const url = `${baseUrl}${path}`;
    const origin = new URL(url).origin;
    const dpop = proof ? await proof({ method, htu: htuOf(url), token, nonce: dpopNonces.get(origin) }) : null;
    // A timer of our own rather than AbortSignal.timeout, so it runs on the page's clock.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    try {
      const response = await fetch(url, {
        method,
        body,
        signal: options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal,
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': options.contentType ?? 'application/json' }),
          ...options.headers,
          ...(dpop ? { Authorization: `DPoP ${token}`, DPoP: dpop } : { Authorization: `Bearer ${token}` }),
        },
      });
      const nonce = response.headers.get('DPoP-Nonce');
      if (nonce) dpopNonces.set(origin, nonce);
      return { token, response, proven: dpop !== null };
    } catch (error) {
      if (timeout.signal.aborted) throw new ApiError('timeout', { path, detail: `${Math.round(timeoutMs / 1000)} s` });
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError('network_error', { path, detail: baseUrl });
    } finally {
      clearTimeout(timer);
    }
  }

  async function exchange(method: string, path: string, payload: unknown, options?: RequestOptions): Promise<Response> {
    const body = payload === undefined ? undefined : JSON.stringify(payload);
    let attempt = await send(method, path, body, options);
    const challenge = () => (attempt.response.status === 401 ? dpopChallengeError(attempt.response.headers.get('WWW-Authenticate')) : null);
    // The API wants a nonce in the proof: one more try with the nonce it just sent (RFC 9449 §9).
    if (attempt.proven && challenge() === 'use_dpop_nonce' && attempt.response.headers.has('DPoP-Nonce')) attempt = await send(method, path, body, options);
    // One renewal and one retry: a 401 means the request was not taken, so sending it again is safe.
    // With a proof, only a refused token is renewed: a refused proof or nonce is not the token's fault.
    const renewable = attempt.response.status === 401 && (!attempt.proven || challenge() === 'invalid_token');
    if (renewable && renew && (await renew(attempt.token))) attempt = await send(method, path, body, options);
    const response = attempt.response;
    if (!response.ok && !options?.answerStatuses?.includes(response.status)) {
      throw new ApiError(codeFor(response.status), { status: response.status, path, ...(await problem(response)) });
    }
    return response;
  }

  async function request<T>(method: string, path: string, payload: unknown, schema: Validator<T>, options?: RequestOptions): Promise<T> {
    const response = await exchange(method, path, payload, options);
    const parsedBody: unknown = await response.json().catch(() => undefined);
    if (parsedBody === undefined) throw new ApiError('not_json', { status: response.status, path });
    const parsed = validate(schema, parsedBody);
    if (parsed.issues) throw new ApiError('unexpected_shape', { path, detail: shapeProblem(parsed.issues) });
    return parsed.value;
  }

  return {
    get: (path, schema, options) => request('GET', path, undefined, schema, options),
    put: (path, body, schema, options) => request('PUT', path, body, schema, options),
    send: async (path, body, options) => {
      const response = await exchange('POST', path, body, options);
      // Read to the end so a connection cut mid-body counts as a lost answer, not a success.
      await response.arrayBuffer().catch(() => {
        throw new ApiError('network_error', { path, detail: baseUrl });
      });
    },
  };
}
