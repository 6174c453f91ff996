import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { createRoot } from 'react-dom/client';
import { AuthProvider, useAuth } from 'react-oidc-context';

/*
 * The floor for `npm run bench`: the least app that does the explorer's everyday job with the same
 * libraries — sign in with code + PKCE, then list the accounts of one known company (v3 lists no
 * companies; the bench gives the app the same one). No schemas, no router, no i18n, no explorer:
 * whatever the real app costs above this is the price of its features.
 */

const apiBaseUrl = 'http://localhost:5032';
/** The sandbox's demo company Nordlys Demo AS. */
const companyId = '3f2b8c1e-5d4a-4e7b-9c61-0a8d2f4b7e15';
const store = new WebStorageStateStore({ store: window.sessionStorage });
const userManager = new UserManager({
  authority: 'http://localhost:5031',
  client_id: 'open-banking-explorer',
  redirect_uri: `${window.location.origin}/callback`,
  response_type: 'code',
  scope: 'openid profile email offline_access bankservice',
  userStore: store,
  stateStore: store,
});
const queryClient = new QueryClient();

interface Account {
  AccountId: string;
  AccountNumber: string;
  Currency?: string | null;
  Ledger?: string | null;
}

async function get<T>(path: string, token: string): Promise<T> {
  const response = await fetch(`${apiBaseUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

function Accounts({ token }: { token: string }) {
  const accounts = useQuery({
    queryKey: ['accounts', companyId],
    queryFn: () => get<{ Accounts: Account[] | null }>(`/api/v3/accounts/${companyId}`, token),
  });
  return (
    <main>
      <h1>Accounts</h1>
      {accounts.error ? <p role="alert">{accounts.error.message}</p> : null}
      {accounts.isPending ? (
        <p>Loading…</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Account number</th>
              <th>Currency</th>
              <th>Ledger</th>
            </tr>
          </thead>
          <tbody>
            {(accounts.data?.Accounts ?? []).map((account) => (
              <tr key={account.AccountId}>
                <td>{account.AccountNumber}</td>
                <td>{account.Currency ?? '—'}</td>
                <td>{account.Ledger ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

function App() {
  const auth = useAuth();
  if (auth.isLoading) return <p>Loading…</p>;
  if (auth.error) return <p role="alert">{auth.error.message}</p>;
  if (!auth.user) {
    return (
      <button type="button" onClick={() => void auth.signinRedirect()}>
        Sign in
      </button>
    );
  }
  return <Accounts token={auth.user.access_token} />;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <AuthProvider userManager={userManager} onSigninCallback={() => window.history.replaceState({}, document.title, '/')}>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </AuthProvider>,
);
