import * as v from 'valibot';

const success = v.object({
  access_token: v.pipe(v.string(), v.minLength(1)),
  token_type: v.pipe(v.string(), v.check((value) => value.toLowerCase() === 'bearer', 'token_type must be Bearer')),
  // A positive whole number, read from its text as Number() reads it ('' is 0, so refused).
  expires_in: v.optional(v.pipe(v.unknown(), v.transform(Number), v.number(), v.safeInteger(), v.minValue(1))),
  scope: v.optional(v.string()),
  id_token: v.optional(v.string()),
  state: v.pipe(v.string(), v.minLength(1)),
  iss: v.optional(v.string()),
  session_state: v.optional(v.string()),
});

const failure = v.object({
  error: v.pipe(v.string(), v.minLength(1)),
  error_description: v.optional(v.string()),
  state: v.optional(v.string()),
  iss: v.optional(v.string()),
});

/** A problem names the parameter and, unless the schema says why, no more than that it is invalid. */
const parseConfig = { message: 'Invalid input' };

export type ImplicitSuccess = v.InferOutput<typeof success>;
export type ImplicitFailure = v.InferOutput<typeof failure>;

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
    const parsed = v.safeParse(failure, values, parseConfig);
    return parsed.success ? { kind: 'error', response: parsed.output } : { kind: 'malformed', problem: parsed.issues[0]?.message ?? 'invalid error' };
  }
  const parsed = v.safeParse(success, values, parseConfig);
  if (parsed.success) return { kind: 'success', response: parsed.output };
  const issue = parsed.issues[0];
  return { kind: 'malformed', problem: `${issue?.path?.map((item) => item.key).join('.') || 'response'}: ${issue?.message ?? 'invalid'}` };
}
