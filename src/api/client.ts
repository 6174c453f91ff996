import { z } from 'zod';
import { ApiError } from './errors';

export interface ApiClientOptions {
  baseUrl: string;
  /** Read at request time, so a renewed token is used without touching query keys. */
  getAccessToken: () => Promise<string | null>;
}

export interface ApiClient {
  get<T>(path: string, schema: z.ZodType<T>, init?: { signal?: AbortSignal }): Promise<T>;
}

const problemSchema = z.looseObject({ title: z.string().optional(), detail: z.string().optional() });

async function problemText(response: Response): Promise<string | null> {
  if (!/json/.test(response.headers.get('content-type') ?? '')) return null;
  const parsed = problemSchema.safeParse(await response.json().catch(() => null));
  return parsed.success ? (parsed.data.detail ?? parsed.data.title ?? null) : null;
}

async function failure(response: Response): Promise<ApiError> {
  const detail = await problemText(response);
  const status = response.status;
  const suffix = detail ? ` ${detail}` : '';
  if (status === 401) return new ApiError('unauthorized', `The API did not accept your sign-in (401).${suffix}`, status);
  if (status === 403) return new ApiError('forbidden', `You do not have access to this data (403).${suffix}`, status);
  if (status === 404) return new ApiError('not_found', `The API could not find this (404).${suffix}`, status);
  if (status === 409 || status === 422) return new ApiError('conflict', `The API refused the request (${status}).${suffix}`, status);
  if (status >= 500) return new ApiError('server_error', `The API failed to answer (${status}). Try again in a moment.`, status);
  return new ApiError('bad_request', `The API refused the request (${status}).${suffix}`, status);
}

function describeShapeError(path: string, error: z.ZodError): string {
  const first = error.issues[0];
  const field = first && first.path.length > 0 ? first.path.join('.') : '(the whole response)';
  return `The API answered ${path} in an unexpected shape: ${field}: ${first?.message ?? 'invalid'}.`;
}

export function createApiClient({ baseUrl, getAccessToken }: ApiClientOptions): ApiClient {
  return {
    async get(path, schema, init) {
      const token = await getAccessToken();
      if (!token) throw new ApiError('signed_out', 'You are signed out. Sign in to see your data.');
      let response: Response;
      try {
        response = await fetch(`${baseUrl}${path}`, {
          headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
          signal: init?.signal,
        });
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') throw error;
        throw new ApiError('network_error', `The API at ${baseUrl} could not be reached. Check your connection and try again.`);
      }
      if (!response.ok) throw await failure(response);
      const body: unknown = await response.json().catch(() => undefined);
      if (body === undefined) throw new ApiError('unexpected_response', `The API answered ${path} with something that is not JSON.`);
      const parsed = schema.safeParse(body);
      if (!parsed.success) throw new ApiError('unexpected_response', describeShapeError(path, parsed.error));
      return parsed.data;
    },
  };
}
