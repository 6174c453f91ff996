import { ErrorResponse, ErrorTimeout } from 'oidc-client-ts';
import { IdTokenError, type IdTokenCheck } from './id-token-error';
import { AuthProtocolError, type ProtocolCheck } from './protocol-error';

/** Error codes an authorization server may answer with (RFC 6749 §4.1.2.1 and §5.2, OIDC Core §3.1.2.6). */
export const protocolErrorCodes = [
  'access_denied',
  'login_required',
  'consent_required',
  'interaction_required',
  'invalid_request',
  'invalid_scope',
  'unauthorized_client',
  'unsupported_response_type',
  'invalid_grant',
  'invalid_client',
  'server_error',
  'temporarily_unavailable',
] as const;
export type ProtocolErrorCode = (typeof protocolErrorCodes)[number];

/** Why a sign-in failed, as a code the UI turns into a sentence in the user's language. */
export type AuthProblem =
  | { code: ProtocolErrorCode; description?: string }
  | { code: 'other_protocol_error'; error: string; description?: string }
  | { code: IdTokenCheck | ProtocolCheck }
  | { code: 'timeout' | 'network_error' | 'not_json' | 'storage_full' | 'session_expired' | 'session_ended' }
  | { code: 'sign_in_failed'; detail: string };

export function isProtocolCode(code: string): code is ProtocolErrorCode {
  return (protocolErrorCodes as readonly string[]).includes(code);
}

export function describeAuthError(error: unknown): AuthProblem {
  if (error instanceof IdTokenError || error instanceof AuthProtocolError) return { code: error.check };
  if (error instanceof ErrorResponse) {
    const code = error.error ?? 'unknown_error';
    const description = error.error_description && error.error_description !== code ? error.error_description : undefined;
    return isProtocolCode(code) ? { code, description } : { code: 'other_protocol_error', error: code, description };
  }
  if (error instanceof ErrorTimeout) return { code: 'timeout' };
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return { code: 'storage_full' };
  const text = error instanceof Error ? error.message : String(error);
  if (/failed to fetch|networkerror|load failed|network request failed/i.test(text)) return { code: 'network_error' };
  // oidc-client-ts's own checks, which run before ours in the code flow.
  if (/no matching state|state does not match/i.test(text)) return { code: 'state_mismatch' };
  if (/subject from userinfo response does not match/i.test(text)) return { code: 'userinfo_subject' };
  if (/missing a subject claim|sub in id_token does not match/i.test(text)) return { code: 'subject' };
  if (/nonce in id_token does not match/i.test(text)) return { code: 'nonce' };
  if (/invalid token specified/i.test(text)) return { code: 'malformed' };
  if (/invalid response content-type|failed to parse json|unexpected token/i.test(text)) return { code: 'not_json' };
  return { code: 'sign_in_failed', detail: text };
}
