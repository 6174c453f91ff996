import { z } from 'zod';
import { ApiError, type ApiErrorCode } from './errors';

export interface ApiClientOptions {
  baseUrl: string;
  /** Read at request time, so a renewed token is used without touching query keys. */
  getAccessToken: () => Promise<string | null>;
}

export interface ApiClient {
  get<T>(path: string, schema: z.ZodType<T>, init?: { signal?: AbortSignal }): Promise<T>;
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

export function createApiClient({ baseUrl, getAccessToken }: ApiClientOptions): ApiClient {
  return {
    async get(path, schema, init) {
      const token = await getAccessToken();
      if (!token) throw new ApiError('signed_out', { path });
      let response: Response;
      try {
        response = await fetch(`${baseUrl}${path}`, {
          headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
          signal: init?.signal,
        });
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') throw error;
        throw new ApiError('network_error', { path, detail: baseUrl });
      }
      if (!response.ok) throw new ApiError(codeFor(response.status), { status: response.status, path, detail: await problemDetail(response) });
      const body: unknown = await response.json().catch(() => undefined);
      if (body === undefined) throw new ApiError('not_json', { status: response.status, path });
      const parsed = schema.safeParse(body);
      if (!parsed.success) throw new ApiError('unexpected_shape', { path, detail: shapeProblem(parsed.error) });
      return parsed.data;
    },
  };
}
