import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { AuthProvider } from 'react-oidc-context';
import { userManagerFor, type SignInEnvironment } from '../auth/user-manager';
import { EnvironmentProvider, useEnvironment } from '../config/environment-context';
import type { Environment } from '../config/environments';
import { CustomEnvironmentForm } from '../features/environment/CustomEnvironmentForm';
import { Header } from './Header';
import { createQueryClient } from './query-client';
import { SignedInScope } from './SignedInScope';

const buildVariable: Partial<Record<Environment['id'], string>> = {
  'aritma-dev': 'VITE_ARITMA_DEV_CLIENT_ID',
  'aritma-prod': 'VITE_ARITMA_PROD_CLIENT_ID',
};

function canSignIn(environment: Environment): environment is SignInEnvironment {
  return environment.clientId !== null;
}

function Shell({ callbackUrl }: { callbackUrl: string | null }) {
  const { environment } = useEnvironment();
  if (environment && canSignIn(environment)) {
    const userManager = userManagerFor(environment);
    return (
      // A new provider per environment: its user, events and renewal belong to that identity server.
      <AuthProvider key={`${environment.authority} ${environment.clientId}`} userManager={userManager} skipSigninCallback>
        <SignedInScope environment={environment} userManager={userManager} callbackUrl={callbackUrl} />
      </AuthProvider>
    );
  }
  return (
    <>
      <Header />
      <main>
        {environment ? (
          <section className="card">
            <h2>{environment.label} is not set up in this build</h2>
            <p>
              No client ID is configured for {environment.label}. Build the app with <code>{buildVariable[environment.id]}</code>{' '}
              set to a client ID registered with Aritma, or choose another environment.
            </p>
          </section>
        ) : (
          <CustomEnvironmentForm />
        )}
      </main>
    </>
  );
}

export function App({ callbackUrl }: { callbackUrl: string | null }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <EnvironmentProvider>
      <QueryClientProvider client={queryClient}>
        <Shell callbackUrl={callbackUrl} />
      </QueryClientProvider>
    </EnvironmentProvider>
  );
}
