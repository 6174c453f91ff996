import { z } from 'zod';
import { ApiError, type ApiErrorCode } from './errors';

export interface ApiClientOptions {
  baseUrl: string;
  /** Read at request time, so a renewed token is used without touching query keys. */
  getAccessToken: () => Promise<string | null>;
  /** Called when the API refuses `staleToken` (401): renews the session and resolves true when a new token is ready. */
  renew?: (staleToken: string) => Promise<boolean>;
  /** How long one request may take before it is given up as a timeout. */
  timeoutMs?: number;
}

const defaultTimeoutMs = 10_000;

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export interface ApiClient {
  get<T>(path: string, schema: z.ZodType<T>, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body: unknown, schema: z.ZodType<T>, options?: RequestOptions): Promise<T>;
}

const problemSchema = z.looseObject({
  title: z.string().optional(),
  detail: z.string().optional(),
  errors: z.record(z.string(), z.array(z.string())).optional().catch(undefined),
});

/** What an RFC 9457 problem body says: its detail (or title) and, for validation problems, the fields. */
async function problem(response: Response): Promise<{ detail?: string; errors?: Record<string, string[]> }> {
  if (!/json/.test(response.headers.get('content-type') ?? '')) return {};
  const parsed = problemSchema.safeParse(await response.json().catch(() => null));
  return parsed.success ? { detail: parsed.data.detail ?? parsed.data.title, errors: parsed.data.errors } : {};
}

function codeFor(status: number): ApiErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409 || status === 422) return 'conflict';
  if (status >= 500) return 'server_error';
  return 'bad_request';
}

/** "Items.3.Currency: expected string" — the first field that did not fit the schema. */
function shapeProblem(error: z.ZodError): string {
  const first = error.issues[0];
  const field = first && first.path.length > 0 ? first.path.join('.') : '(the whole response)';
  return `${field}: ${first?.message ?? 'invalid'}`;
}

export function createApiClient({ baseUrl, getAccessToken, renew, timeoutMs = defaultTimeoutMs }: ApiClientOptions): ApiClient {
  async function send(method: string, path: string, body: string | undefined, options: RequestOptions = {}): Promise<{ token: string; response: Response }> {
    const token = await getAccessToken();
    if (!token) throw new ApiError('signed_out', { path });
    // A timer of our own rather than AbortSignal.timeout, so it runs on the page's clock.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    try {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        body,
        signal: options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal,
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...options.headers,
          Authorization: `Bearer ${token}`,
        },
      });
      return { token, response };
    } catch (error) {
      if (timeout.signal.aborted) throw new ApiError('timeout', { path, detail: `${Math.round(timeoutMs / 1000)} s` });
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError('network_error', { path, detail: baseUrl });
    } finally {
      clearTimeout(timer);
    }
  }

  async function request<T>(method: string, path: string, payload: unknown, schema: z.ZodType<T>, options?: RequestOptions): Promise<T> {
    const body = payload === undefined ? undefined : JSON.stringify(payload);
    const first = await send(method, path, body, options);
    let response = first.response;
    // One renewal and one retry: a token revoked or expired early should not end the session.
    if (response.status === 401 && renew && (await renew(first.token))) ({ response } = await send(method, path, body, options));
    if (!response.ok) throw new ApiError(codeFor(response.status), { status: response.status, path, ...(await problem(response)) });
    const parsedBody: unknown = await response.json().catch(() => undefined);
    if (parsedBody === undefined) throw new ApiError('not_json', { status: response.status, path });
    const parsed = schema.safeParse(parsedBody);
    if (!parsed.success) throw new ApiError('unexpected_shape', { path, detail: shapeProblem(parsed.error) });
    return parsed.data;
  }

  return {
    get: (path, schema, options) => request('GET', path, undefined, schema, options),
    post: (path, body, schema, options) => request('POST', path, body, schema, options),
  };
}
