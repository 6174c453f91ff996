import { requireAccessToken } from './bearer.ts';
import type { Endpoint } from './endpoint.ts';
import { sendJson } from './http.ts';
import { otherUserSub, testUser } from './test-user.ts';

/** The UserInfo endpoint (OIDC Core §5.3): the access token's user; `userinfo-sub-mismatch` names someone else here, nowhere else. */
export const userinfo: Endpoint = async (context, req, res, headers) => {
  context.state.stats.userinfo += 1;
  const claims = await requireAccessToken(context, req, res, headers);
  if (claims === undefined) return;
  if (!claims.scopes.has('openid')) {
    sendJson(res, 403, { error: 'insufficient_scope', error_description: 'UserInfo needs the openid scope.' }, {
      ...headers,
      'WWW-Authenticate': 'Bearer error="insufficient_scope", scope="openid"',
    });
    return;
  }
  const sub = context.scenario === 'userinfo-sub-mismatch' ? otherUserSub : claims.sub;
  sendJson(res, 200, { sub, name: testUser.name, email: testUser.email }, headers);
};
