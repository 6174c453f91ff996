/** The scopes this provider knows; `bankservice` is Aritma's scope for the Open Banking API. */
export const SUPPORTED_SCOPES = ['openid', 'profile', 'email', 'bankservice', 'offline_access'];

/** The requested scopes this provider grants, in the order asked, each once; unknown ones are left out (RFC 6749 §3.3). */
export function grantedScope(requested: string | null): string {
  const asked = (requested ?? '').split(' ').filter((scope) => SUPPORTED_SCOPES.includes(scope));
  return [...new Set(asked)].join(' ');
}

export function hasScope(scope: string, wanted: string): boolean {
  return scope.split(' ').includes(wanted);
}
