import { z } from 'zod';
import { ApiError, type ApiErrorCode } from './errors';

export interface ApiClientOptions {
  baseUrl: string;
  /** Read at request time, so a renewed token is used without touching query keys. */
  getAccessToken: () => Promise<string | null>;
  /** Called when the API refuses `staleToken` (401): renews the session and resolves true when a new token is ready. */
  renew?: (staleToken: string) => Promise<boolean>;
}

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export interface ApiClient {
  get<T>(path: string, schema: z.ZodType<T>, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body: unknown, schema: z.ZodType<T>, options?: RequestOptions): Promise<T>;
}

const problemSchema = z.looseObject({ title: z.string().optional(), detail: z.string().optional() });

async function problemDetail(response: Response): Promise<string | undefined> {
  if (!/json/.test(response.headers.get('content-type') ?? '')) return undefined;
  const parsed = problemSchema.safeParse(await response.json().catch(() => null));
  return parsed.success ? (parsed.data.detail ?? parsed.data.title) : undefined;
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

export function createApiClient({ baseUrl, getAccessToken, renew }: ApiClientOptions): ApiClient {
  async function send(method: string, path: string, body: string | undefined, options: RequestOptions = {}): Promise<{ token: string; response: Response }> {
    const token = await getAccessToken();
    if (!token) throw new ApiError('signed_out', { path });
    try {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        body,
        signal: options.signal,
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...options.headers,
          Authorization: `Bearer ${token}`,
        },
      });
      return { token, response };
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError('network_error', { path, detail: baseUrl });
    }
  }

  async function request<T>(method: string, path: string, payload: unknown, schema: z.ZodType<T>, options?: RequestOptions): Promise<T> {
    const body = payload === undefined ? undefined : JSON.stringify(payload);
    const first = await send(method, path, body, options);
    let response = first.response;
    // One renewal and one retry: a token revoked or expired early should not end the session.
    if (response.status === 401 && renew && (await renew(first.token))) ({ response } = await send(method, path, body, options));
    if (!response.ok) throw new ApiError(codeFor(response.status), { status: response.status, path, detail: await problemDetail(response) });
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
