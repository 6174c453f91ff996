import { z } from 'zod';

/** The grants a server runs with its own secret; the explorer runs them against the local sandbox only. */
export type ServerGrant = 'client_credentials' | 'password';

/** The sandbox's confidential client (CONTRACT.md); its secret is public by design and useless anywhere else. */
export const sandboxServiceClient = { id: 'open-banking-service', secret: 'sandbox-secret' } as const;

export interface GrantInput {
  scope: string;
  username?: string;
  password?: string;
}

/** The form body: the client authenticates in the body (client_secret_post, RFC 6749 §2.3.1), as in Aritma's examples. */
export function tokenRequestBody(grant: ServerGrant, input: GrantInput, client: { id: string; secret: string } = sandboxServiceClient): URLSearchParams {
  const body = new URLSearchParams({ grant_type: grant });
  if (grant === 'password') {
    body.set('username', input.username ?? '');
    body.set('password', input.password ?? '');
  }
  body.set('client_id', client.id);
  body.set('client_secret', client.secret);
  const scope = input.scope.trim().split(/\s+/).filter(Boolean).join(' ');
  if (scope) body.set('scope', scope);
  return body;
}

// RFC 6749 §5.1; other members (id_token, refresh_token, …) are kept and shown.
const tokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string().min(1),
  expires_in: z.number().nonnegative().optional(),
  scope: z.string().optional(),
});

// RFC 6749 §5.2.
const errorResponseSchema = z.looseObject({
  error: z.string().min(1),
  error_description: z.string().optional(),
  error_uri: z.string().optional(),
});

export type TokenResponse = z.infer<typeof tokenResponseSchema>;

export type TokenOutcome =
  | { kind: 'tokens'; status: number; response: TokenResponse }
  | { kind: 'error'; status: number; error: string; description?: string }
  | { kind: 'unexpected'; status: number; text: string }
  | { kind: 'network'; detail: string };

/** What a token endpoint answered, read with schemas: tokens, an OAuth error, or something else. */
export function readTokenResponse(status: number, text: string): TokenOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'unexpected', status, text };
  }
  if (status >= 200 && status < 300) {
    const tokens = tokenResponseSchema.safeParse(json);
    if (tokens.success) return { kind: 'tokens', status, response: tokens.data };
  }
  const error = errorResponseSchema.safeParse(json);
  if (error.success) return { kind: 'error', status, error: error.data.error, description: error.data.error_description };
  return { kind: 'unexpected', status, text };
}

/** POSTs the grant to the token endpoint. Never throws: a failure to connect is an outcome too. */
export async function requestToken(tokenEndpoint: string, grant: ServerGrant, input: GrantInput, fetchImpl: typeof fetch = fetch): Promise<TokenOutcome> {
  let response: Response;
  try {
    response = await fetchImpl(tokenEndpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: tokenRequestBody(grant, input),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (error) {
    return { kind: 'network', detail: error instanceof Error ? error.message : String(error) };
  }
  return readTokenResponse(response.status, await response.text());
}

/** Members of a token response that are credentials, masked until the user reveals them. */
export const tokenMembers = ['access_token', 'refresh_token', 'id_token'] as const;

/** The response as indented JSON, each token replaced by a mask unless revealed. */
export function displayTokenResponse(response: TokenResponse, reveal: boolean, mask = '••••••••••••'): string {
  if (reveal) return JSON.stringify(response, null, 2);
  const masked: Record<string, unknown> = { ...response };
  for (const member of tokenMembers) {
    if (typeof masked[member] === 'string') masked[member] = mask;
  }
  return JSON.stringify(masked, null, 2);
}
