import { useEffect, useState } from 'react';
import type { UserManager } from 'oidc-client-ts';
import { completeSignin } from '../auth/complete-signin';
import { describeAuthError, type AuthProblem } from '../auth/describe-error';
import { safeReturnPath } from '../auth/return-path';

export type CallbackState = { status: 'none' | 'done' } | { status: 'pending' } | { status: 'failed'; problem: AuthProblem };

/** Completes a sign-in whose response was taken from the URL at start-up, then returns to where the user was. */
export function useSigninCallback(userManager: UserManager, callbackUrl: string | null, authority: string): CallbackState {
  const [state, setState] = useState<CallbackState>(callbackUrl ? { status: 'pending' } : { status: 'none' });
  useEffect(() => {
    if (!callbackUrl) return;
    let active = true;
    completeSignin(userManager, callbackUrl).then(
      (user) => {
        if (!active) return;
        const returnTo = safeReturnPath((user.state as { returnTo?: unknown } | undefined)?.returnTo);
        window.history.replaceState(null, '', returnTo);
        setState({ status: 'done' });
      },
      (error: unknown) => {
        if (active) setState({ status: 'failed', problem: describeAuthError(error, authority) });
      },
    );
    return () => {
      active = false;
    };
  }, [userManager, callbackUrl, authority]);
  return state;
}
