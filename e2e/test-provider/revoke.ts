import { verifyAccessToken } from './access-token.ts';
import type { Endpoint } from './endpoint.ts';
import { FormError, readForm, sendJson } from './http.ts';

/**
 * Token revocation (RFC 7009) for public clients. Unknown and invalid tokens are answered 200 as
 * well (§2.2), so the app's sign-out never depends on what it sends.
 */
export const revoke: Endpoint = async (context, req, res, headers) => {
  let form: URLSearchParams;
  try {
    form = await readForm(req);
  } catch (error) {
    if (!(error instanceof FormError)) throw error;
    sendJson(res, 400, { error: error.code, error_description: error.message }, headers);
    return;
  }
  const token = form.get('token') ?? '';
  if (token === '') {
    sendJson(res, 400, { error: 'invalid_request', error_description: 'token is missing.' }, headers);
    return;
  }
  if (!context.state.grants.revokeRefreshToken(token)) {
    const claims = await verifyAccessToken(context, token);
    if (claims !== undefined) context.state.grants.revokeAccessToken(claims.jti);
  }
  res.writeHead(200, { ...headers, 'Cache-Control': 'no-store', 'Content-Length': 0 });
  res.end();
};
