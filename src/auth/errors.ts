import { ErrorResponse, ErrorTimeout } from 'oidc-client-ts';
import { IdTokenError, type IdTokenCheck } from './id-token-error';
import { AuthProtocolError, type ProtocolCheck } from './protocol-error';

/*
 * Every error the sign-in can meet becomes an AuthProblem here, once, at the library's edge:
 * the rest of the app reads a stable code, never a message.
 */

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

export type AuthProblemCode = AuthProblem['code'];

export function isProtocolCode(code: string): code is ProtocolErrorCode {
  return (protocolErrorCodes as readonly string[]).includes(code);
}

/**
 * The oidc-client-ts 3.x messages we recognise, word for word (errors.test.ts pins each against the
 * installed library, so an upgrade that rewords one fails the build instead of showing a raw message).
 */
export const libraryMessages: Readonly<Record<string, IdTokenCheck | ProtocolCheck>> = {
  'No matching state found in storage': 'state_mismatch',
  'No state in response': 'state_mismatch',
  'State does not match': 'state_mismatch',
  'authority mismatch on settings vs. signin state': 'state_mismatch',
  'client_id mismatch on settings vs. signin state': 'state_mismatch',
  'Expected code in response': 'malformed_response',
  'subject from UserInfo response does not match subject in ID Token': 'userinfo_subject',
  'ID Token is missing a subject claim': 'subject',
  'sub in id_token does not match current sub': 'renewal_subject',
  'nonce in id_token does not match nonce in client storage': 'nonce',
};

/** oidc-client-ts's refusal of a content type it does not parse; the URL follows the prefix. */
export const contentTypePrefix = 'Invalid response Content-Type:';

/** oidc-client-ts's class (not exported) for a token-endpoint error that came with a DPoP-Nonce. */
export const dpopNonceErrorName = 'ErrorDPoPNonce';

/**
 * The token endpoint's error body inside an ErrorDPoPNonce: the library retries once with the nonce and
 * then throws it for any refusal that carries one (e.g. invalid_grant), with the JSON body as its message.
 */
function dpopNonceBody(error: unknown): { error: string; error_description?: string } | null {
  if (!(error instanceof Error) || error.name !== dpopNonceErrorName) return null;
  let body: unknown;
  try {
    body = JSON.parse(error.message);
  } catch {
    body = null;
  }
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  return {
    error: typeof fields.error === 'string' ? fields.error : 'use_dpop_nonce',
    ...(typeof fields.error_description === 'string' ? { error_description: fields.error_description } : {}),
  };
}

function protocolProblem(code: string, description: string | undefined): AuthProblem {
  const shown = description && description !== code ? description : undefined;
  return isProtocolCode(code) ? { code, description: shown } : { code: 'other_protocol_error', error: code, description: shown };
}

/** Translates anything thrown while signing in, renewing or signing out. */
export function toAuthProblem(error: unknown): AuthProblem {
  if (error instanceof IdTokenError || error instanceof AuthProtocolError) return { code: error.check };
  if (error instanceof ErrorResponse) return protocolProblem(error.error ?? 'unknown_error', error.error_description ?? undefined);
  const nonceRefusal = dpopNonceBody(error);
  if (nonceRefusal) return protocolProblem(nonceRefusal.error, nonceRefusal.error_description);
  if (error instanceof ErrorTimeout) return { code: 'timeout' };
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return { code: 'storage_full' };
  // fetch rejects with a TypeError (and nothing else) when the request never got an answer.
  if (error instanceof TypeError) return { code: 'network_error' };
  // JSON.parse of a body that is not JSON.
  if (error instanceof SyntaxError) return { code: 'not_json' };
  if (!(error instanceof Error)) return { code: 'sign_in_failed', detail: String(error) };
  // jwt-decode (inside oidc-client-ts) names its error class; the token could not even be decoded.
  if (error.name === 'InvalidTokenError') return { code: 'malformed' };
  const known = libraryMessages[error.message];
  if (known) return { code: known };
  if (error.message.startsWith(contentTypePrefix)) return { code: 'not_json' };
  return { code: 'sign_in_failed', detail: error.message };
}

/** Failures after which trying again later may work: the identity server or the network was down. */
export function isTransient(error: unknown): boolean {
  if (error instanceof ErrorTimeout || error instanceof TypeError) return true;
  const nonceRefusal = dpopNonceBody(error);
  if (nonceRefusal) return nonceRefusal.error === 'temporarily_unavailable' || nonceRefusal.error === 'server_error';
  return error instanceof ErrorResponse && (error.error === 'temporarily_unavailable' || error.error === 'server_error');
}
