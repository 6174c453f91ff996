import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useLocation } from 'wouter';
import { SessionContext, type Arrival, type AuthSession, type DeferredSession } from '../auth';
import { Alert } from '../components/Alert';
import { Status } from '../components/Status';
import { pairsAritmaIssuerWithOtherApi } from '../config/environments';
import { preloadAuthProblemTexts, useAuthProblemText } from '../features/home/auth-problem-text';
import { SignInPanel } from '../features/home/SignInPanel';
import { useMessages } from '../i18n/messages';
import { preloaded, usePreloaded, useWhenIdle } from '../lib/preload';
import { ExplorerPending, ExplorerRoute } from './ExplorerRoute';
import { Header } from './Header';
import { appMessages } from './messages';
import { OfflineNotice } from './OfflineNotice';
import { CustomEnvironmentForm, preloadSignedOutExtras } from './on-demand';
import { AppRoutes } from './routes';
import { SessionTimer } from './SessionTimer';

const signedInArea = preloaded(() => import('./SignedInArea'));

/** A signed-out page's idle time: what it may show next, and the signed-in pages, ready for the sign-in. */
function preloadWhenSignedOut(): void {
  preloadSignedOutExtras();
  void signedInArea.load().catch(() => undefined); // a failure shows where the pages render
}

/** The signed-in pages once their code is here (fetched as the sign-in completes), a status until then. */
function SignedIn({ session, subject }: { session: AuthSession; subject: string }) {
  const t = useMessages(appMessages);
  const area = usePreloaded(signedInArea);
  return area ? <area.SignedInArea session={session} subject={subject} /> : <Status>{t.loading}</Status>;
}

/** Everything of one environment's session: header, sign-in and the signed-in pages, rendered from its state. */
export function Session({ session, arrival }: { session: DeferredSession; arrival: Arrival }) {
  const state = useSyncExternalStore(session.subscribe, session.getState, session.getState);
  // The session's own code, once here: the signed-in pages and the explorer use it directly.
  const loaded = useSyncExternalStore(session.subscribe, session.loaded, session.loaded);
  const { environment } = session;
  const t = useMessages(appMessages);
  const problemText = useAuthProblemText();
  const [, navigate] = useLocation();
  const user = state.status === 'signed-in' ? state.user : null;
  const subject = user?.profile.sub ?? null;

  useEffect(() => {
    void session.start(arrival.callbackUrl);
  }, [session, arrival.callbackUrl]);
  useEffect(() => {
    if (arrival.explorerRun) navigate('/explorer', { replace: true });
  }, [arrival.explorerRun, navigate]);
  useEffect(() => {
    // Not to where the page already is (a sign-in from the home lands there): that would only redraw it.
    const { pathname, search, hash } = window.location;
    if (state.returnTo && state.returnTo !== `${pathname}${search}${hash}`) navigate(state.returnTo, { replace: true });
  }, [state.returnTo, navigate]);
  const lastSubject = useRef(subject);
  useEffect(() => {
    // Nothing of a session's data outlives it (the cache came with the signed-in pages, so it is here).
    if (lastSubject.current && lastSubject.current !== subject) void import('./queries').then(({ queryClient }) => queryClient.clear());
    lastSubject.current = subject;
  }, [subject]);
  // The signed-in pages' code travels while the tokens are fetched or a kept session is checked, so the accounts show without a wait for it.
  const signingIn = state.status === 'completing' || state.status === 'loading' || Boolean(subject);
  useEffect(() => {
    if (signingIn) void signedInArea.load().catch(() => undefined); // a failure shows where the pages render
    if (state.status === 'completing') preloadAuthProblemTexts(); // in case the answer is refused
  }, [signingIn, state.status]);
  useWhenIdle(signingIn ? null : preloadWhenSignedOut);

  let signedOut = null;
  if (state.status === 'completing') signedOut = <Status>{t.completingSignIn}</Status>;
  else if (state.status === 'loading') signedOut = <Status>{t.checkingSession}</Status>;
  else if (state.status === 'signing-out') signedOut = <Status>{t.signingOut}</Status>;
  else if (!subject) {
    signedOut = (
      <>
        {environment.id === 'custom' ? <CustomEnvironmentForm /> : null}
        <SignInPanel session={session} problem={state.refused || state.notice === 'signed-out-locally' ? null : state.problem} />
      </>
    );
  }

  return (
    <SessionContext.Provider value={loaded ?? null}>
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
          explorer={loaded ? <ExplorerRoute environment={environment} userManager={loaded.userManager} user={user} runResult={arrival.explorerRun} /> : <ExplorerPending />}
          signedIn={subject && loaded ? <SignedIn session={loaded} subject={subject} /> : null}
          signedOut={signedOut}
        />
      </main>
    </SessionContext.Provider>
  );
}
