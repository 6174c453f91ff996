import * as z from 'zod/mini';
import { offersDpop } from '../../auth';

export interface RequestFields {
  responseType: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  state: string;
  nonce: string;
  prompt: string;
  acrValues: string;
  uiLocales: string;
  loginHint: string;
  responseMode: string;
  extra: string;
  codeVerifier: string;
}

/** Extra parameters, one `name=value` per line; the lines that are not are returned apart. */
export function parseExtra(text: string): { params: [string, string][]; invalid: string[] } {
  const params: [string, string][] = [];
  const invalid: string[] = [];
  for (const line of text.split('\n').map((item) => item.trim()).filter(Boolean)) {
    const at = line.indexOf('=');
    if (at <= 0) invalid.push(line);
    else params.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return { params, invalid };
}

/**
 * The authorization request's parameters, in the order oidc-client-ts sends them for code + PKCE,
 * leaving out the empty optional ones. `codeChallenge` is used only for response types with `code`.
 */
export function requestParams(fields: RequestFields, codeChallenge: string | null): [string, string][] {
  const params: [string, string][] = [
    ['client_id', fields.clientId],
    ['redirect_uri', fields.redirectUri],
    ['response_type', fields.responseType],
    ['scope', fields.scope],
    ['state', fields.state],
  ];
  if (fields.responseType.split(' ').includes('code') && codeChallenge) {
    params.push(['code_challenge', codeChallenge], ['code_challenge_method', 'S256']);
  }
  const optional: [string, string][] = [
    ['nonce', fields.nonce],
    ['prompt', fields.prompt],
    ['acr_values', fields.acrValues],
    ['ui_locales', fields.uiLocales],
    ['login_hint', fields.loginHint],
    ['response_mode', fields.responseMode],
  ];
  params.push(...optional.filter(([, value]) => value.trim() !== ''));
  params.push(...parseExtra(fields.extra).params);
  return params;
}

export function requestUrl(endpoint: string, params: [string, string][]): string {
  const url = new URL(endpoint);
  for (const [name, value] of params) url.searchParams.append(name, value);
  return url.href;
}

export type Availability<Reason extends string> = { available: true } | { available: false; reason: Reason };

/** PAR (RFC 9126) is offered where discovery names the endpoint to push to (RFC 9126 §5). */
export function parAvailability(metadata: Record<string, unknown> | undefined): ({ available: true; endpoint: string }) | { available: false; reason: 'not_advertised' } {
  const endpoint = metadata?.pushed_authorization_request_endpoint;
  return typeof endpoint === 'string' && endpoint !== '' ? { available: true, endpoint } : { available: false, reason: 'not_advertised' };
}

/** DPoP (RFC 9449) binds the token the code is exchanged for: only for a code, and only where the server takes ES256 proofs. */
export function dpopAvailability(metadata: Record<string, unknown> | undefined, responseType: string): Availability<'not_advertised' | 'no_es256' | 'implicit'> {
  if (!Array.isArray(metadata?.dpop_signing_alg_values_supported)) return { available: false, reason: 'not_advertised' };
  if (!offersDpop(metadata)) return { available: false, reason: 'no_es256' };
  // An implicit token arrives in the URL, with no request of the app's own that a proof could go with.
  if (!responseType.split(' ').includes('code')) return { available: false, reason: 'implicit' };
  return { available: true };
}

/** The pushed request's body: every parameter, client_id among them (a public client authenticates no other way; RFC 9126 §2.1). */
export function pushedBody(params: [string, string][]): URLSearchParams {
  return new URLSearchParams(params);
}

/** Where the browser goes after a push: only client_id and the request_uri the server gave (RFC 9126 §4). */
export function pushedAuthorizeUrl(endpoint: string, clientId: string, requestUri: string): string {
  return requestUrl(endpoint, [
    ['client_id', clientId],
    ['request_uri', requestUri],
  ]);
}

export type PushAnswer = { ok: true; requestUri: string; expiresIn: number | undefined } | { ok: false; error: string; description: string | undefined };

const pushSuccess = z.object({ request_uri: z.string().check(z.minLength(1)), expires_in: z.optional(z.number()) });
const pushError = z.object({ error: z.string().check(z.minLength(1)), error_description: z.optional(z.string()) });

/** The PAR endpoint's answer: 201 with request_uri (RFC 9126 §2.2), or an OAuth error (§2.3). */
export function parsePushAnswer(status: number, body: unknown): PushAnswer {
  if (status >= 200 && status < 300) {
    const success = pushSuccess.safeParse(body);
    return success.success ? { ok: true, requestUri: success.data.request_uri, expiresIn: success.data.expires_in } : { ok: false, error: 'invalid_par_response', description: undefined };
  }
  const error = pushError.safeParse(body);
  if (error.success) return { ok: false, error: error.data.error, description: error.data.error_description };
  return { ok: false, error: `HTTP ${status}`, description: typeof body === 'string' && body !== '' ? body.slice(0, 300) : undefined };
}

/** FAPI 2.0-style: code with PKCE S256 (always sent for a code) and one-time values made afresh; the caller turns PAR and DPoP on. */
export function fapiPreset(fields: RequestFields, fresh: () => string): RequestFields {
  // FAPI 2.0 has the code come back in the query (its default response mode).
  return { ...fields, responseType: 'code', responseMode: '', state: fresh(), nonce: fresh(), codeVerifier: fresh() };
}
