import type { User } from 'oidc-client-ts';

/**
 * When a token response has no `expires_in` (RFC 6749 makes it optional; Aritma documents 3600),
 * the session is given five minutes: long enough not to renew in a loop, short enough to find out soon
 * whether the token still works (the API's 401 renews earlier if it does not).
 */
export const defaultLifetimeSeconds = 300;

export function withBoundedExpiry(user: User): User {
  if (user.expires_at === undefined) user.expires_in = defaultLifetimeSeconds;
  return user;
}
