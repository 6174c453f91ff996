import * as v from 'valibot';

// IdentityServer puts `scope` in access tokens as a JSON array; RFC 9068 as a space-separated string.
const claimsSchema = v.looseObject({ scope: v.optional(v.union([v.string(), v.array(v.string())])) });

/**
 * The scope an access token says it carries, space-separated, or undefined when it is no JWT or says none.
 * Read for display only: the API, not the app, decides what the token may do.
 */
export function accessTokenScope(accessToken: string): string | undefined {
  const payload = accessToken.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const parsed = v.safeParse(claimsSchema, JSON.parse(json));
    if (!parsed.success || parsed.output.scope === undefined) return undefined;
    const scope = Array.isArray(parsed.output.scope) ? parsed.output.scope.join(' ') : parsed.output.scope;
    return scope.trim() || undefined;
  } catch {
    return undefined;
  }
}
