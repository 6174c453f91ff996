import { useEffect, useState } from 'react';
import type { UserManager } from 'oidc-client-ts';
import { useLocation } from 'wouter';
import { completeSignin } from '../auth/complete-signin';
import { describeAuthError, type AuthProblem } from '../auth/describe-error';
import { safeReturnPath } from '../auth/return-path';
import type { SessionSync } from '../auth/session-sync';

export type CallbackState = { status: 'none' | 'done' | 'pending' } | { status: 'failed'; problem: AuthProblem };

/** Completes a sign-in whose response was taken from the URL at start-up, then returns to where the user was. */
export function useSigninCallback(userManager: UserManager, callbackUrl: string | null, sync: SessionSync): CallbackState {
  const [state, setState] = useState<CallbackState>(callbackUrl ? { status: 'pending' } : { status: 'none' });
  const [, navigate] = useLocation();
  useEffect(() => {
    if (!callbackUrl) return;
    let active = true;
    completeSignin(userManager, callbackUrl).then(
      (user) => {
        if (!active) return;
        sync.announce(user); // other open tabs join this session
        navigate(safeReturnPath((user.state as { returnTo?: unknown } | undefined)?.returnTo), { replace: true });
        setState({ status: 'done' });
      },
      (error: unknown) => {
        if (active) setState({ status: 'failed', problem: describeAuthError(error) });
      },
    );
    return () => {
      active = false;
    };
  }, [userManager, callbackUrl, navigate, sync]);
  return state;
}
