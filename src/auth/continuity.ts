import { User, type UserManager } from 'oidc-client-ts';
import type { SharedSession } from './channel';
import { trustedMetadata } from './discovery';
import { AuthProtocolError } from './protocol-error';
import { verifyIdToken } from './verify-id-token';

/** A renewal continues the session it renews: same issuer, same user, or it is refused. */
export function checkContinuity(before: User, after: User): void {
  if (after.profile.iss !== before.profile.iss) throw new AuthProtocolError('renewal_issuer', `Expected ${before.profile.iss}, got ${String(after.profile.iss)}.`);
  if (after.profile.sub !== before.profile.sub) throw new AuthProtocolError('renewal_subject');
}

/**
 * A session another tab offers, as a User of this environment: only when its ID token verifies
 * against this environment's issuer, keys and client, names the user of `expected`, and is not expired.
 */
export async function verifySharedSession(userManager: UserManager, shared: SharedSession, expectedSub: string | null): Promise<User | null> {
  try {
    const metadata = await trustedMetadata(userManager);
    if (!metadata.jwks_uri) return null;
    const claims = await verifyIdToken(shared.id_token, metadata.jwks_uri, {
      issuer: metadata.issuer,
      clientId: userManager.settings.client_id,
      maxAgeSeconds: null, // issued when that tab signed in or renewed, not now
    });
    if (claims.sub !== shared.profile.sub || (expectedSub !== null && claims.sub !== expectedSub)) return null;
    const user = new User({ ...shared, profile: { ...shared.profile, iss: metadata.issuer, sub: claims.sub } as User['profile'] });
    return user.expired ? null : user;
  } catch {
    return null; // a session that does not verify is not taken, whatever the reason
  }
}
