import * as z from 'zod/mini';

const success = z.object({
  access_token: z.string().check(z.minLength(1)),
  token_type: z.string().check(z.refine((value) => value.toLowerCase() === 'bearer', 'token_type must be Bearer')),
  expires_in: z.optional(z.coerce.number().check(z.int(), z.positive())),
  scope: z.optional(z.string()),
  id_token: z.optional(z.string()),
  state: z.string().check(z.minLength(1)),
  iss: z.optional(z.string()),
  session_state: z.optional(z.string()),
});

const failure = z.object({
  error: z.string().check(z.minLength(1)),
  error_description: z.optional(z.string()),
  state: z.optional(z.string()),
  iss: z.optional(z.string()),
});

export type ImplicitSuccess = z.infer<typeof success>;
export type ImplicitFailure = z.infer<typeof failure>;

export type ImplicitResponse =
  | { kind: 'success'; response: ImplicitSuccess }
  | { kind: 'error'; response: ImplicitFailure }
  | { kind: 'malformed'; problem: string };

/** True when a URL carries an implicit-flow answer: parameters in the fragment, not the query. */
export function isImplicitResponse(url: string): boolean {
  const params = new URLSearchParams(new URL(url).hash.slice(1));
  return params.has('access_token') || params.has('id_token') || (params.has('error') && params.has('state'));
}

/** Reads the fragment of an implicit-flow redirect (OAuth 2.0 §4.2.2, OIDC Core §3.2.2.5) into a typed value. */
export function parseImplicitResponse(url: string): ImplicitResponse {
  const params = new URLSearchParams(new URL(url).hash.slice(1));
  const values: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in values) return { kind: 'malformed', problem: `the parameter ${key} appears more than once` };
    values[key] = value;
  }
  if ('error' in values) {
    const parsed = failure.safeParse(values);
    return parsed.success ? { kind: 'error', response: parsed.data } : { kind: 'malformed', problem: parsed.error.issues[0]?.message ?? 'invalid error' };
  }
  const parsed = success.safeParse(values);
  if (parsed.success) return { kind: 'success', response: parsed.data };
  const issue = parsed.error.issues[0];
  return { kind: 'malformed', problem: `${issue?.path.join('.') || 'response'}: ${issue?.message ?? 'invalid'}` };
}
