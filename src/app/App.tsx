import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { AuthProvider } from 'react-oidc-context';
import { authFor, type EnvironmentAuth, type SignInEnvironment } from '../auth/user-manager';
import { Status } from '../components/Status';
import { EnvironmentProvider, useEnvironment } from '../config/environment-context';
import type { Environment } from '../config/environments';
import { storageProblem } from '../config/storage-check';
import { CustomEnvironmentForm } from '../features/environment/CustomEnvironmentForm';
import type { ExplorerRunResult } from '../auth/explorer-run';
import { environmentMessages } from '../features/environment/messages';
import { LanguageProvider } from '../i18n/language';
import { useMessages } from '../i18n/messages';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { appMessages } from './messages';
import { createQueryClient } from './query-client';
import { Session } from './Session';
import { StoragePage } from './StoragePage';

const buildVariable: Partial<Record<Environment['id'], string>> = {
  'aritma-dev': 'VITE_ARITMA_DEV_CLIENT_ID',
  'aritma-prod': 'VITE_ARITMA_PROD_CLIENT_ID',
};

function canSignIn(environment: Environment): environment is SignInEnvironment {
  return environment.clientId !== null;
}

function Shell({ callbackUrl, explorerRun }: { callbackUrl: string | null; explorerRun: ExplorerRunResult | null }) {
  const { environment } = useEnvironment();
  const t = useMessages(appMessages);
  const names = useMessages(environmentMessages).names;
  if (environment && canSignIn(environment)) {
    // A new provider per environment: its user, events and renewal belong to that identity server.
    return (
      <EnvironmentSession key={`${environment.authority} ${environment.clientId}`} environment={environment} callbackUrl={callbackUrl} explorerRun={explorerRun} />
    );
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

/** Takes over a session from another open tab first (unless this page load is a sign-in callback), then renders. */
function EnvironmentSession({
  environment,
  callbackUrl,
  explorerRun,
}: {
  environment: SignInEnvironment;
  callbackUrl: string | null;
  explorerRun: ExplorerRunResult | null;
}) {
  const [auth] = useState<EnvironmentAuth>(() => authFor(environment));
  const [ready, setReady] = useState(callbackUrl !== null);
  const t = useMessages(appMessages);
  useEffect(() => {
    if (!ready) void auth.sync.adopt().finally(() => setReady(true));
  }, [auth, ready]);
  if (!ready) {
    return (
      <main id="main">
        <Status>{t.checkingSession}</Status>
      </main>
    );
  }
  return (
    <AuthProvider userManager={auth.userManager} skipSigninCallback>
      <Session environment={environment} auth={auth} callbackUrl={callbackUrl} explorerRun={explorerRun} />
    </AuthProvider>
  );
}

export function App({ callbackUrl, explorerRun }: { callbackUrl: string | null; explorerRun: ExplorerRunResult | null }) {
  const [queryClient] = useState(createQueryClient);
  const [storage] = useState(storageProblem);
  return (
    <ErrorBoundary>
      <LanguageProvider>
        {storage ? (
          <StoragePage problem={storage} />
        ) : (
          <EnvironmentProvider>
            <QueryClientProvider client={queryClient}>
              <Shell callbackUrl={callbackUrl} explorerRun={explorerRun} />
            </QueryClientProvider>
          </EnvironmentProvider>
        )}
      </LanguageProvider>
    </ErrorBoundary>
  );
}
