import { ErrorResponse } from 'oidc-client-ts';
import * as z from 'zod/mini';
import { AuthProtocolError } from './protocol-error';

const userinfoSchema = z.looseObject({ sub: z.string().check(z.minLength(1)) });
export type UserinfoClaims = z.infer<typeof userinfoSchema>;

/** The userinfo claims for a Bearer access token; a refusal is the token's (invalid_token), an answer without `sub` a protocol error. */
export async function loadUserinfo(endpoint: string, accessToken: string): Promise<UserinfoClaims> {
  const response = await fetch(endpoint, { headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' } });
  if (!response.ok) throw new ErrorResponse({ error: 'invalid_token', error_description: `The userinfo endpoint answered ${response.status}.` });
  const parsed = userinfoSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new AuthProtocolError('userinfo_subject', 'The userinfo response has no sub.');
  return parsed.data;
}
