import type { RequestFields } from '../build-request';

/** What a shared link may carry: the explorer's configuration, never a secret or a one-time value. */
export interface SharedSetup {
  authority: string;
  clientId?: string;
  scope?: string;
  responseType?: string;
  redirectUri?: string;
  prompt?: string;
  acrValues?: string;
  uiLocales?: string;
  loginHint?: string;
  responseMode?: string;
  /** Extra parameters, one name=value a line, with any secret or one-time parameter left out. */
  extra?: string;
}

/** Fragment names of the fields a link carries; anything else in a fragment is ignored on opening. */
const fieldNames: Record<Exclude<keyof SharedSetup, 'authority'>, string> = {
  clientId: 'client_id',
  scope: 'scope',
  responseType: 'response_type',
  redirectUri: 'redirect_uri',
  prompt: 'prompt',
  acrValues: 'acr_values',
  uiLocales: 'ui_locales',
  loginHint: 'login_hint',
  responseMode: 'response_mode',
  extra: 'extra',
};

/** Parameters that are credentials, one-time values or bound to one request: never in a link. */
export const unshareable = new Set([
  'state',
  'nonce',
  'code',
  'code_verifier',
  'code_challenge',
  'access_token',
  'refresh_token',
  'id_token',
  'id_token_hint',
  'token',
  'client_secret',
  'client_assertion',
  'password',
  'request',
  'request_uri',
  'assertion',
  'dpop_jkt',
]);

function shareableExtra(extra: string): string {
  return extra
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !unshareable.has(line.slice(0, Math.max(0, line.indexOf('='))).trim()))
    .join('\n');
}

/** The link that opens the explorer's builder with this setup; the fragment never reaches a server. */
export function shareLink(origin: string, authority: string, fields: RequestFields): string {
  const params = new URLSearchParams({ authority });
  const values: Record<keyof typeof fieldNames, string> = { ...fields, extra: shareableExtra(fields.extra) };
  for (const [field, name] of Object.entries(fieldNames) as [keyof typeof fieldNames, string][]) {
    if (values[field].trim() !== '') params.set(name, values[field]);
  }
  return `${origin}/explorer/request#${params.toString()}`;
}

/** A setup from a link's fragment, or null when the fragment is none (Learn's #topic, say). */
export function readSharedSetup(hash: string): SharedSetup | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const authority = params.get('authority');
  if (!authority) return null;
  try {
    const url = new URL(authority);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  } catch {
    return null;
  }
  const setup: SharedSetup = { authority };
  for (const [field, name] of Object.entries(fieldNames) as [keyof typeof fieldNames, string][]) {
    const value = params.get(name);
    if (value !== null) setup[field] = field === 'extra' ? shareableExtra(value) : value;
  }
  return setup;
}
