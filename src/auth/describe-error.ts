import { ErrorResponse, ErrorTimeout } from 'oidc-client-ts';
import { IdTokenError } from './id-token';
import { AuthProtocolError } from './protocol-error';

/** Protocol error codes (RFC 6749 §4.1.2.1, OIDC Core §3.1.2.6) in words. */
const protocolErrors: Record<string, string> = {
  access_denied: 'Access was denied at the identity server, so you are not signed in.',
  login_required: 'The identity server needs you to sign in again.',
  consent_required: 'The identity server needs your consent before signing you in.',
  interaction_required: 'The identity server needs you to sign in interactively.',
  invalid_request: 'The identity server rejected the sign-in request as invalid.',
  invalid_scope: 'The identity server does not allow the requested scope.',
  unauthorized_client: 'This client is not allowed to sign in this way at the identity server.',
  unsupported_response_type: 'The identity server does not support this login flow for this client.',
  invalid_grant: 'The sign-in code was refused by the identity server; it may have expired or been used already.',
  invalid_client: 'The identity server does not recognise this client ID.',
  server_error: 'The identity server failed while signing you in.',
  temporarily_unavailable: 'The identity server is temporarily unavailable.',
};

export interface AuthProblem {
  code: string;
  message: string;
}

export function describeAuthError(error: unknown, authority: string): AuthProblem {
  if (error instanceof IdTokenError || error instanceof AuthProtocolError) return { code: error.check, message: error.message };
  if (error instanceof ErrorResponse) {
    const code = error.error ?? 'unknown_error';
    const known = protocolErrors[code] ?? `The identity server answered with the error "${code}".`;
    const detail = error.error_description && error.error_description !== code ? ` (${error.error_description})` : '';
    return { code, message: `${known}${detail}` };
  }
  if (error instanceof ErrorTimeout) {
    return { code: 'timeout', message: `The identity server at ${authority} took too long to answer. Try again.` };
  }
  const text = error instanceof Error ? error.message : String(error);
  if (/failed to fetch|networkerror|load failed|network request failed/i.test(text)) {
    return {
      code: 'network_error',
      message: `The identity server at ${authority} could not be reached. Check the address and your connection, then try again.`,
    };
  }
  if (/no matching state/i.test(text)) {
    return {
      code: 'state_mismatch',
      message: 'This sign-in response does not belong to a sign-in started in this tab, or was used already. Sign in again.',
    };
  }
  return { code: 'sign_in_failed', message: `Signing in failed: ${text}` };
}
