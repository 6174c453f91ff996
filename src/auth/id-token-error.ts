/** Which check an ID token failed; the UI says it in words. */
export type IdTokenCheck =
  | 'malformed'
  | 'algorithm'
  | 'signature'
  | 'unknown_key'
  | 'issuer'
  | 'audience'
  | 'authorized_party'
  | 'expired'
  | 'issued_at'
  | 'not_yet_valid'
  | 'subject'
  | 'nonce'
  | 'at_hash';

export class IdTokenError extends Error {
  override readonly name = 'IdTokenError';
  constructor(
    readonly check: IdTokenCheck,
    detail?: string,
  ) {
    super(`ID token refused: the ${check} check failed.${detail ? ` ${detail}` : ''}`);
  }
}
