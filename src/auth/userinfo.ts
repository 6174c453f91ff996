import { ErrorResponse } from 'oidc-client-ts';
import * as v from 'valibot';
import { AuthProtocolError } from './protocol-error';

const userinfoSchema = v.looseObject({ sub: v.pipe(v.string(), v.minLength(1)) });
export type UserinfoClaims = v.InferOutput<typeof userinfoSchema>;

/** The userinfo claims for a Bearer access token; a refusal is the token's (invalid_token), an answer without `sub` a protocol error. */
export async function loadUserinfo(endpoint: string, accessToken: string): Promise<UserinfoClaims> {
  const response = await fetch(endpoint, { headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' } });
  if (!response.ok) throw new ErrorResponse({ error: 'invalid_token', error_description: `The userinfo endpoint answered ${response.status}.` });
  const parsed = v.safeParse(userinfoSchema, await response.json().catch(() => null));
  if (!parsed.success) throw new AuthProtocolError('userinfo_subject', 'The userinfo response has no sub.');
  return parsed.output;
}
