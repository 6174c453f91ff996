import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifyAccessToken } from './access-token.ts';
import type { AccessTokenClaims } from './access-token.ts';
import type { ScenarioContext } from './context.ts';
import { bearerToken, sendJson } from './http.ts';

/**
 * The access token of a protected request, or undefined after answering 401 with the challenge of
 * RFC 6750 §3: no error code when no token came, `invalid_token` when one came and is not ours.
 */
export async function requireAccessToken(
  context: ScenarioContext,
  req: IncomingMessage,
  res: ServerResponse,
  headers: Record<string, string>,
): Promise<AccessTokenClaims | undefined> {
  const token = bearerToken(req);
  const claims = token === undefined ? undefined : await verifyAccessToken(context, token);
  if (claims !== undefined) return claims;
  const challenge = token === undefined ? 'Bearer' : 'Bearer error="invalid_token", error_description="The access token is not valid here"';
  sendJson(
    res,
    401,
    { error: token === undefined ? 'invalid_request' : 'invalid_token', error_description: 'Send an access token issued by this provider as Authorization: Bearer.' },
    { ...headers, 'WWW-Authenticate': challenge },
  );
  return undefined;
}
