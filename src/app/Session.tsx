import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useLocation } from 'wouter';
import { createApiClient } from '../api/client';
import { ApiProvider, type ApiContextValue } from '../api/context';
import { useSessionState, type Arrival, type AuthSession } from '../auth';
import { Alert } from '../components/Alert';
import { Status } from '../components/Status';
import { pairsAritmaIssuerWithOtherApi } from '../config/environments';
import { useEarlyAccounts } from '../features/banking/early-accounts';
import { CustomEnvironmentForm } from '../features/environment/CustomEnvironmentForm';
import { useAuthProblemText } from '../features/home/auth-problem-text';
import { SignInPanel } from '../features/home/SignInPanel';
import { useMessages } from '../i18n/messages';
import { ExplorerRoute } from './ExplorerRoute';
import { Header } from './Header';
import { appMessages } from './messages';
import { OfflineNotice } from './OfflineNotice';
import { AppRoutes } from './routes';
import { SessionTimer } from './SessionTimer';

/** Everything of one environment's session: header, sign-in and the signed-in pages, rendered from its state. */
export function Session({ session, arrival }: { session: AuthSession; arrival: Arrival }) {
  const state = useSessionState(session);
  const { environment } = session;
  const queryClient = useQueryClient();
  const t = useMessages(appMessages);
  const problemText = useAuthProblemText();
  const [, navigate] = useLocation();
  const user = state.status === 'signed-in' ? state.user : null;
  const subject = user?.profile.sub ?? null;

  useEffect(() => {
    void session.start(arrival.callbackUrl);
  }, [session, arrival.callbackUrl]);
  useEarlyAccounts(session);
  useEffect(() => {
    if (arrival.explorerRun) navigate('/explorer', { replace: true });
  }, [arrival.explorerRun, navigate]);
  useEffect(() => {
    if (state.returnTo) navigate(state.returnTo, { replace: true });
  }, [state.returnTo, navigate]);
  useEffect(() => {
    if (!subject) queryClient.clear(); // nothing of a session's data outlives it
  }, [subject, queryClient]);

  const api = useMemo<ApiContextValue | null>(
    () =>
      subject
        ? {
            client: createApiClient({
              baseUrl: environment.apiBaseUrl,
              getAccessToken: async () => session.accessToken(),
              renew: (stale) => session.renew(stale),
              proof: (call) => session.apiProof(call),
            }),
            scope: [environment.id, subject],
          }
        : null,
    [environment.apiBaseUrl, environment.id, subject, session],
  );

  let signedOut = null;
  if (state.status === 'completing') signedOut = <Status>{t.completingSignIn}</Status>;
  else if (state.status === 'loading') signedOut = <Status>{t.checkingSession}</Status>;
  else if (state.status === 'signing-out') signedOut = <Status>{t.signingOut}</Status>;
  else if (!user || !api) {
    signedOut = (
      <>
        {environment.id === 'custom' ? <CustomEnvironmentForm /> : null}
        <SignInPanel session={session} problem={state.refused || state.notice === 'signed-out-locally' ? null : state.problem} />
      </>
    );
  }

  return (
    <>
      <Header
        signedIn={Boolean(user)}
        beforeEnvironmentChange={() => session.leave()}
        account={
          user ? (
            <>
              {user.expires_at ? <SessionTimer expiresAt={user.expires_at} /> : null}
              <span className="user-name">{user.profile.name ?? user.profile.preferred_username ?? user.profile.sub}</span>
              <button type="button" onClick={() => void session.signOut()}>
                {t.signOut}
              </button>
            </>
          ) : null
        }
      />
      <main id="main" tabIndex={-1}>
        <OfflineNotice />
        {pairsAritmaIssuerWithOtherApi(environment) ? (
          <p role="note" className="notice warning">
            {t.aritmaIssuerOtherApi(environment.apiBaseUrl)}
          </p>
        ) : null}
        {state.notice === 'signed-out-elsewhere' ? <p role="status">{t.signedOutElsewhere}</p> : null}
        {state.notice === 'signed-out-locally' && state.problem ? <Alert>{`${t.signedOutLocally} ${problemText(state.problem, environment.authority)}`}</Alert> : null}
        {state.refused && state.problem ? <Alert title={t.signInRefused}>{problemText(state.problem, environment.authority)}</Alert> : null}
        <AppRoutes
          explorer={<ExplorerRoute environment={environment} userManager={session.userManager} user={user} runResult={arrival.explorerRun} />}
          signedIn={(pages) => (api ? <ApiProvider value={api}>{pages}</ApiProvider> : null)}
          signedOut={signedOut}
        />
      </main>
    </>
  );
}
