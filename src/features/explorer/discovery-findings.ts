/** Discovery fields the explorer reads; the document may carry many more. */
export interface DiscoveryDocument {
  issuer?: unknown;
  authorization_endpoint?: unknown;
  token_endpoint?: unknown;
  userinfo_endpoint?: unknown;
  end_session_endpoint?: unknown;
  revocation_endpoint?: unknown;
  introspection_endpoint?: unknown;
  jwks_uri?: unknown;
  response_types_supported?: unknown;
  grant_types_supported?: unknown;
  code_challenge_methods_supported?: unknown;
  id_token_signing_alg_values_supported?: unknown;
  authorization_response_iss_parameter_supported?: unknown;
  [field: string]: unknown;
}

export type Finding =
  | { code: 'issuer_mismatch'; issuer: string; authority: string }
  | { code: 'no_s256' | 'plain_pkce' | 'implicit_offered' | 'no_iss_parameter' | 'none_alg' };

const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const withoutSlash = (url: string) => url.replace(/\/+$/, '');

/** What a careful reader of this discovery document should worry about, for a browser app. */
export function findings(document: DiscoveryDocument, authority: string): Finding[] {
  const found: Finding[] = [];
  const issuer = typeof document.issuer === 'string' ? document.issuer : '';
  if (withoutSlash(issuer) !== withoutSlash(authority)) found.push({ code: 'issuer_mismatch', issuer, authority });
  const pkce = list(document.code_challenge_methods_supported);
  if (!pkce.includes('S256')) found.push({ code: 'no_s256' });
  if (pkce.includes('plain')) found.push({ code: 'plain_pkce' });
  if (list(document.response_types_supported).some((type) => type.split(' ').includes('token'))) found.push({ code: 'implicit_offered' });
  if (document.authorization_response_iss_parameter_supported !== true) found.push({ code: 'no_iss_parameter' });
  if (list(document.id_token_signing_alg_values_supported).includes('none')) found.push({ code: 'none_alg' });
  return found;
}

/** The fields shown in the table, in this order. */
export const discoveryFields = [
  'issuer',
  'authorization_endpoint',
  'token_endpoint',
  'userinfo_endpoint',
  'end_session_endpoint',
  'revocation_endpoint',
  'introspection_endpoint',
  'jwks_uri',
  'response_types_supported',
  'grant_types_supported',
  'code_challenge_methods_supported',
  'id_token_signing_alg_values_supported',
  'scopes_supported',
  'authorization_response_iss_parameter_supported',
] as const;

export function displayValue(value: unknown): string {
  if (value === undefined) return '—';
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}
