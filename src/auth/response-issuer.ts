import { AuthProtocolError } from './protocol-error';

/**
 * RFC 9207: an `iss` in the authorization response must be our issuer, and must be there
 * when discovery promises it. Guards against mix-up attacks across identity servers.
 * A response that carries an ID token may leave `iss` out (oidc-provider does): the ID token's
 * own, signature-checked `iss` identifies the issuer instead.
 */
export function checkResponseIssuer(
  iss: string | null,
  metadata: { issuer: string; authorization_response_iss_parameter_supported?: boolean },
  { hasIdToken = false }: { hasIdToken?: boolean } = {},
): void {
  if (iss !== null && iss !== metadata.issuer) throw new AuthProtocolError('response_issuer', `Expected ${metadata.issuer}, got ${iss}.`);
  if (iss === null && metadata.authorization_response_iss_parameter_supported && !hasIdToken) {
    throw new AuthProtocolError('response_issuer_missing');
  }
}
