import { otherIssuer } from './context.ts';
import type { Endpoint } from './endpoint.ts';
import { sendJson } from './http.ts';
import { SUPPORTED_SCOPES } from './scope.ts';

/** OpenID Provider Metadata (OIDC Discovery §3, RFC 8414), with RFC 9207's iss flag. */
export const discovery: Endpoint = (context, _req, res, headers) => {
  context.state.stats.discovery += 1;
  const { issuer } = context;
  sendJson(
    res,
    200,
    {
      // The one defect of `discovery-issuer-mismatch`: every endpoint below is still this issuer's.
      issuer: context.scenario === 'discovery-issuer-mismatch' ? otherIssuer(issuer) : issuer,
      // The defects of `authorize-javascript` and `token-http-remote`: a browser or a token request sent where it must not go.
      authorization_endpoint: context.scenario === 'authorize-javascript' ? 'javascript:document.title="pwned",alert(document.domain)//' : `${issuer}/authorize`,
      token_endpoint: context.scenario === 'token-http-remote' ? 'http://tokens.example.test/connect/token' : `${issuer}/token`,
      userinfo_endpoint: `${issuer}/userinfo`,
      jwks_uri: `${issuer}/jwks`,
      end_session_endpoint: `${issuer}/endsession`,
      revocation_endpoint: `${issuer}/revoke`,
      response_types_supported: ['code', 'id_token token', 'token'],
      response_modes_supported: ['query', 'fragment'],
      grant_types_supported: ['authorization_code', 'implicit', 'refresh_token'],
      code_challenge_methods_supported: ['S256'],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: SUPPORTED_SCOPES,
      subject_types_supported: ['public'],
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'nonce', 'at_hash', 'name', 'email'],
      token_endpoint_auth_methods_supported: ['none'],
      revocation_endpoint_auth_methods_supported: ['none'],
      authorization_response_iss_parameter_supported: true,
    },
    headers,
  );
};
