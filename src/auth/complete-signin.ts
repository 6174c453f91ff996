import type { User, UserManager } from 'oidc-client-ts';

const inFlight = new Map<string, Promise<User>>();

/**
 * Completes the sign-in for one callback URL exactly once, even when React mounts twice:
 * the `state` is one-time, so a second exchange would fail.
 */
export function completeSignin(userManager: UserManager, callbackUrl: string): Promise<User> {
  let result = inFlight.get(callbackUrl);
  if (!result) {
    result = userManager.signinCallback(callbackUrl).then((user) => {
      if (!user) throw new Error('The identity server answered without signing you in.');
      return user;
    });
    inFlight.set(callbackUrl, result);
  }
  return result;
}
