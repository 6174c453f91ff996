import { useState } from 'react';
import { canSignIn, deferredSessionFor, sessionName, type Arrival, type SignInEnvironment } from '../auth';
import { EnvironmentProvider, useEnvironment } from '../config/environment-context';
import type { Environment } from '../config/environments';
import type { StorageProblem } from '../config/storage-check';
import { environmentMessages } from '../features/environment/messages';
import { LanguageProvider } from '../i18n/language';
import { useMessages } from '../i18n/messages';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { CustomEnvironmentForm, StoragePage } from './on-demand';
import { appMessages } from './messages';
import { Session } from './Session';

const noArrival: Arrival = { callbackUrl: null, explorerRun: null };

const buildVariable: Partial<Record<Environment['id'], string>> = {
  'aritma-dev': 'VITE_ARITMA_DEV_CLIENT_ID',
  'aritma-prod': 'VITE_ARITMA_PROD_CLIENT_ID',
};

function Shell({ arrival }: { arrival: Arrival }) {
  const { environment } = useEnvironment();
  const t = useMessages(appMessages);
  const names = useMessages(environmentMessages).names;
  const key = environment && canSignIn(environment) ? sessionName(environment) : null;
  // The page's arrival answers the environment the page opened with, not one chosen afterwards.
  const [firstKey] = useState(key);
  if (environment && canSignIn(environment)) {
    // A session per environment: its user, renewal and tabs belong to that identity server and API.
    return <EnvironmentSession key={sessionName(environment)} environment={environment} arrival={key === firstKey ? arrival : noArrival} />;
  }
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1}>
        {environment ? (
          <section className="card">
            <h1>{t.notSetUpTitle(names[environment.id])}</h1>
            <p>{t.notSetUp(names[environment.id], buildVariable[environment.id] ?? '')}</p>
          </section>
        ) : (
          <CustomEnvironmentForm />
        )}
      </main>
    </>
  );
}

function EnvironmentSession({ environment, arrival }: { environment: SignInEnvironment; arrival: Arrival }) {
  const [session] = useState(() => deferredSessionFor(environment, arrival.callbackUrl !== null));
  return <Session session={session} arrival={arrival} />;
}

/** The app, given what the page learnt before React (src/first.ts): its arrival, and whether the tab can keep a sign-in. */
export function App({ arrival, storage }: { arrival: Arrival; storage: StorageProblem }) {
  return (
    <ErrorBoundary>
      <LanguageProvider>
        {storage ? (
          <StoragePage problem={storage} />
        ) : (
          <EnvironmentProvider>
            <Shell arrival={arrival} />
          </EnvironmentProvider>
        )}
      </LanguageProvider>
    </ErrorBoundary>
  );
}
