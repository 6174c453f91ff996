import { QueryClient, QueryClientProvider, useQueries, useQuery } from '@tanstack/react-query';
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { createRoot } from 'react-dom/client';
import { AuthProvider, useAuth } from 'react-oidc-context';

/*
 * The floor for `npm run bench`: the least app that does the explorer's everyday job with the same
 * libraries — sign in with code + PKCE, then list every account of every company. No schemas, no
 * router, no i18n, no explorer: whatever the real app costs above this is the price of its features.
 */

const apiBaseUrl = 'http://localhost:5032';
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

interface Page<T> {
  Items: T[];
}
interface Company {
  CompanyId: string;
  Name: string;
}
interface Account {
  CompanyId: string;
  AccountNo: string;
  Name?: string | null;
  Currency: string;
  Balance?: number;
}

async function get<T>(path: string, token: string): Promise<T> {
  const response = await fetch(`${apiBaseUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

function Accounts({ token }: { token: string }) {
  const companies = useQuery({ queryKey: ['companies'], queryFn: () => get<Page<Company>>('/api/v3/companies', token) });
  const accounts = useQueries({
    queries: (companies.data?.Items ?? []).map((company) => ({
      queryKey: ['accounts', company.CompanyId],
      queryFn: () => get<Page<Account>>(`/api/v3/companies/${encodeURIComponent(company.CompanyId)}/accounts`, token),
    })),
  });
  const error = companies.error ?? accounts.find((query) => query.error)?.error;
  const pending = companies.isPending || accounts.some((query) => query.isPending);
  return (
    <main>
      <h1>Accounts</h1>
      {error ? <p role="alert">{error.message}</p> : null}
      {pending ? (
        <p>Loading…</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Account</th>
              <th>Account no.</th>
              <th>Currency</th>
              <th>Balance</th>
            </tr>
          </thead>
          <tbody>
            {accounts.flatMap((query) =>
              (query.data?.Items ?? []).map((account) => (
                <tr key={`${account.CompanyId}/${account.AccountNo}`}>
                  <td>{account.Name ?? account.AccountNo}</td>
                  <td>{account.AccountNo}</td>
                  <td>{account.Currency}</td>
                  <td>{account.Balance ?? '—'}</td>
                </tr>
              )),
            )}
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
