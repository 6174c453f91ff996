import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useAuth } from 'react-oidc-context';
import type { UserManager } from 'oidc-client-ts';
import { createApiClient } from '../api/client';
import { ApiProvider, type ApiContextValue } from '../api/context';
import { describeAuthError } from '../auth/describe-error';
import type { SignInEnvironment } from '../auth/user-manager';
import { Alert } from '../components/Alert';
import { Status } from '../components/Status';
import { CustomEnvironmentForm } from '../features/environment/CustomEnvironmentForm';
import { useAuthProblemText } from '../features/home/auth-problem-text';
import { SignInPanel } from '../features/home/SignInPanel';
import { useMessages } from '../i18n/messages';
import { Header } from './Header';
import { appMessages } from './messages';
import { SignedInRoutes } from './routes';
import { useSigninCallback } from './use-signin-callback';

/** Everything below the AuthProvider of one environment: header, sign-in and the signed-in pages. */
export function Session({ environment, userManager, callbackUrl }: { environment: SignInEnvironment; userManager: UserManager; callbackUrl: string | null }) {
  const auth = useAuth();
  const queryClient = useQueryClient();
  const t = useMessages(appMessages);
  const problemText = useAuthProblemText();
  const callback = useSigninCallback(userManager, callbackUrl);
  const [signingOut, setSigningOut] = useState(false);
  const [signOutProblem, setSignOutProblem] = useState<string | null>(null);
  const user = auth.user && !auth.user.expired ? auth.user : null;
  const subject = user?.profile.sub ?? null;

  const api = useMemo<ApiContextValue | null>(
    () =>
      subject
        ? {
            client: createApiClient({
              baseUrl: environment.apiBaseUrl,
              getAccessToken: async () => (await userManager.getUser())?.access_token ?? null,
            }),
            scope: [environment.id, subject],
          }
        : null,
    [environment.apiBaseUrl, environment.id, subject, userManager],
  );

  const signOut = async () => {
    setSigningOut(true);
    setSignOutProblem(null);
    // Revoke first so the tokens are dead even if the end-session redirect never completes.
    await userManager.revokeTokens(['refresh_token', 'access_token']).catch(() => undefined);
    queryClient.clear();
    try {
      await auth.signoutRedirect();
    } catch (error) {
      await auth.removeUser();
      setSigningOut(false);
      setSignOutProblem(`${t.signedOutLocally} ${problemText(describeAuthError(error), environment.authority)}`);
    }
  };

  const leaveEnvironment = async () => {
    if (!auth.user) return;
    queryClient.clear();
    await auth.removeUser();
  };

  const problem = callback.status === 'failed' ? callback.problem : auth.error ? describeAuthError(auth.error) : null;

  let content;
  if (callback.status === 'pending') content = <Status>{t.completingSignIn}</Status>;
  else if (auth.isLoading) content = <Status>{t.checkingSession}</Status>;
  else if (user && api) {
    content = (
      <ApiProvider value={api}>
        <SignedInRoutes />
      </ApiProvider>
    );
  } else {
    content = (
      <>
        {environment.id === 'custom' ? <CustomEnvironmentForm /> : null}
        <SignInPanel environment={environment} userManager={userManager} problem={problem} />
      </>
    );
  }

  return (
    <>
      <Header
        signedIn={Boolean(user)}
        beforeEnvironmentChange={leaveEnvironment}
        account={
          user ? (
            <>
              <span className="user-name">{user.profile.name ?? user.profile.preferred_username ?? user.profile.sub}</span>
              <button type="button" onClick={() => void signOut()} disabled={signingOut}>
                {t.signOut}
              </button>
            </>
          ) : null
        }
      />
      <main id="main" tabIndex={-1}>
        {signingOut ? <Status>{t.signingOut}</Status> : null}
        {signOutProblem ? <Alert>{signOutProblem}</Alert> : null}
        {content}
      </main>
    </>
  );
}
