export type ProtocolCheck =
  | 'discovery_issuer'
  | 'discovery_endpoint'
  | 'response_issuer'
  | 'response_issuer_missing'
  | 'state_mismatch'
  | 'environment_mismatch'
  | 'malformed_response'
  | 'userinfo_subject'
  | 'renewal_issuer'
  | 'renewal_subject'
  | 'no_user';

/** A response that breaks the protocol in a way that could be an attack; nothing is stored. */
export class AuthProtocolError extends Error {
  override readonly name = 'AuthProtocolError';
  constructor(
    readonly check: ProtocolCheck,
    detail?: string,
  ) {
    super(`Sign-in response refused: the ${check} check failed.${detail ? ` ${detail}` : ''}`);
  }
}
