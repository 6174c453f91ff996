export type ProtocolCheck = 'discovery_issuer' | 'response_issuer' | 'response_issuer_missing' | 'no_user';

const explanations: Record<ProtocolCheck, string> = {
  discovery_issuer: 'the identity server’s discovery document names another issuer than the address it was fetched from',
  response_issuer: 'the sign-in response came from another identity server (iss), which points to a mix-up attack',
  response_issuer_missing: 'the sign-in response names no issuer (iss), although the identity server promises to send one',
  no_user: 'the identity server answered without signing you in',
};

/** A response that breaks the protocol in a way that could be an attack; nothing is stored. */
export class AuthProtocolError extends Error {
  override readonly name = 'AuthProtocolError';
  constructor(
    readonly check: ProtocolCheck,
    detail?: string,
  ) {
    super(`The identity server’s answer was refused: ${explanations[check]}.${detail ? ` ${detail}` : ''}`);
  }
}
