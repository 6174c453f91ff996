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
