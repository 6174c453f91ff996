/** The scopes this sandbox knows, what each lets an app see, and how the consent page words it. */

/** The Open Banking API's scope, also its access-token audience (as at id.aritma.io). */
export const API_SCOPE = 'bankservice';

export const SUPPORTED_SCOPES = ['openid', 'profile', 'email', 'offline_access', API_SCOPE] as const;

/** Which user claims each scope releases at userinfo and in ID tokens (OIDC Core §5.4). */
export const SCOPE_CLAIMS: Record<'openid' | 'profile' | 'email', string[]> = {
  openid: ['sub'],
  profile: ['name', 'given_name', 'family_name', 'locale'],
  email: ['email', 'email_verified'],
};

const descriptions: Record<string, string> = {
  openid: 'Sign you in and know who you are',
  profile: 'See your name and preferred language',
  email: 'See your email address',
  offline_access: 'Stay signed in when you are away (a refresh token)',
  [API_SCOPE]: 'Read your accounts and statements and send payments in the Open Banking API',
};

/** The consent page's sentence for a scope; unknown scopes are shown by name. */
export function describeScope(scope: string): string {
  return descriptions[scope] ?? `Use the scope "${scope}"`;
}

/** The claims a set of granted scopes releases, `sub` always included. */
export function claimsForScopes(scopes: ReadonlySet<string>): Set<string> {
  const claims = new Set<string>(SCOPE_CLAIMS.openid);
  for (const [scope, names] of Object.entries(SCOPE_CLAIMS)) {
    if (scopes.has(scope)) names.forEach((name) => claims.add(name));
  }
  return claims;
}
