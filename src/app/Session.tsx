import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useAuth } from 'react-oidc-context';
import { useLocation, useRoute } from 'wouter';
import { createApiClient } from '../api/client';
import { ApiProvider, type ApiContextValue } from '../api/context';
import { describeAuthError, type AuthProblem } from '../auth/describe-error';
import { startSignout } from '../auth/redirects';
import type { EnvironmentAuth, SignInEnvironment } from '../auth/user-manager';
import { Alert } from '../components/Alert';
import { Status } from '../components/Status';
import { CustomEnvironmentForm } from '../features/environment/CustomEnvironmentForm';
import { useAuthProblemText } from '../features/home/auth-problem-text';
import { SignInPanel } from '../features/home/SignInPanel';
import { useMessages } from '../i18n/messages';
import { ExplorerRoute } from './ExplorerRoute';
import type { ExplorerRunResult } from '../auth/explorer-run';
import { Header } from './Header';
import { OfflineNotice } from './OfflineNotice';
import { SignedInRoutes } from './routes';
import { appMessages } from './messages';
import { SessionTimer } from './SessionTimer';
import { useSigninCallback } from './use-signin-callback';

/** Everything below the AuthProvider of one environment: header, sign-in and the signed-in pages. */
export function Session({
  environment,
  auth: { userManager, sync },
  callbackUrl,
  explorerRun,
}: {
  environment: SignInEnvironment;
  auth: EnvironmentAuth;
  callbackUrl: string | null;
  explorerRun: ExplorerRunResult | null;
}) {
  const auth = useAuth();
  const queryClient = useQueryClient();
  const t = useMessages(appMessages);
  const problemText = useAuthProblemText();
  const callback = useSigninCallback(userManager, callbackUrl, sync);
  const [signingOut, setSigningOut] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [signOutProblem, setSignOutProblem] = useState<string | null>(null);
  const [ended, setEnded] = useState<AuthProblem | null>(null);
  const user = auth.user && !auth.user.expired ? auth.user : null;
  const [onExplorer] = useRoute('/explorer/*?');
  const [, navigate] = useLocation();

  useEffect(() => {
    if (explorerRun) navigate('/explorer', { replace: true });
  }, [explorerRun, navigate]);
  const subject = user?.profile.sub ?? null;

  useEffect(
    () =>
      sync.subscribe((event) => {
        queryClient.clear();
        if (event.type === 'ended') setEnded(event.problem);
        else setNotice(t.signedOutElsewhere);
      }),
    [sync, queryClient, t.signedOutElsewhere],
  );

  const api = useMemo<ApiContextValue | null>(
    () =>
      subject
        ? {
            client: createApiClient({
              baseUrl: environment.apiBaseUrl,
              getAccessToken: async () => (await userManager.getUser())?.access_token ?? null,
              renew: (staleToken) => sync.renew(staleToken),
            }),
            scope: [environment.id, subject],
          }
        : null,
    [environment.apiBaseUrl, environment.id, subject, userManager, sync],
  );

  const signOut = async () => {
    setSigningOut(true);
    setNotice(null);
    setSignOutProblem(null);
    sync.announceSignOut();
    // Revoke first so the tokens are dead even if the end-session redirect never completes.
    await userManager.revokeTokens(['refresh_token', 'access_token']).catch(() => undefined);
    queryClient.clear();
    try {
      await startSignout(userManager);
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

  const problem = ended ?? (auth.error ? describeAuthError(auth.error) : null);

  let content;
  if (callback.status === 'pending') content = <Status>{t.completingSignIn}</Status>;
  else if (onExplorer || explorerRun) {
    content = <ExplorerRoute environment={environment} userManager={userManager} user={user} runResult={explorerRun} />;
  }
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
              {user.expires_at ? <SessionTimer expiresAt={user.expires_at} /> : null}
              <span className="user-name">{user.profile.name ?? user.profile.preferred_username ?? user.profile.sub}</span>
              <button type="button" onClick={() => void signOut()} disabled={signingOut}>
                {t.signOut}
              </button>
            </>
          ) : null
        }
      />
      <main id="main" tabIndex={-1}>
        <OfflineNotice />
        {signingOut ? <Status>{t.signingOut}</Status> : null}
        {notice ? <p role="status">{notice}</p> : null}
        {signOutProblem ? <Alert>{signOutProblem}</Alert> : null}
        {callback.status === 'failed' ? <Alert title={t.signInRefused}>{problemText(callback.problem, environment.authority)}</Alert> : null}
        {content}
      </main>
    </>
  );
}
