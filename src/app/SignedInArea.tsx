import { lazy, Suspense, useEffect, useMemo } from 'react';
import { Route, Switch } from 'wouter';
import { sessionApiClient } from '../api/session-client';
import { ApiProvider, type ApiContextValue } from '../api/context';
import type { AuthSession } from '../auth';
import { Status } from '../components/Status';
import { AccountsPage } from '../features/banking/AccountsPage';
import { watchEarlyAccounts as watchEarly } from '../features/banking/early-accounts';
import { useMessages } from '../i18n/messages';
import { appMessages } from './messages';
import { NotFoundPage } from './NotFoundPage';
import { QueryProvider, queryClient, whenQueriesSettle } from './queries';

/*
 * The signed-in pages, a chunk of its own that the session fetches as a sign-in begins to complete
 * (app/Session.tsx), so the first page carries none of it. The accounts page is where a sign-in
 * lands, so it comes in this chunk; the others load when opened, or once signed in and idle.
 */
const screens = {
  companies: () => import('../features/banking/CompaniesPage'),
  statements: () => import('../features/banking/StatementsPage'),
  receivables: () => import('../features/banking/ReceivablesPage'),
  payments: () => import('../features/banking/PaymentsPage'),
  newPayment: () => import('../features/banking/NewPaymentPage'),
  paymentMessage: () => import('../features/banking/PaymentMessagePage'),
  profile: () => import('../features/profile/ProfilePage'),
};
const CompaniesPage = lazy(() => screens.companies().then((module) => ({ default: module.CompaniesPage })));
const ReceivablesPage = lazy(() => screens.receivables().then((module) => ({ default: module.ReceivablesPage })));
const StatementsPage = lazy(() => screens.statements().then((module) => ({ default: module.StatementsPage })));
const PaymentsPage = lazy(() => screens.payments().then((module) => ({ default: module.PaymentsPage })));
const NewPaymentPage = lazy(() => screens.newPayment().then((module) => ({ default: module.NewPaymentPage })));
const PaymentMessagePage = lazy(() => screens.paymentMessage().then((module) => ({ default: module.PaymentMessagePage })));
const ProfilePage = lazy(() => screens.profile().then((module) => ({ default: module.ProfilePage })));

const prefetchScreens = () => Object.values(screens).forEach((load) => void load().catch(() => undefined));

/** Asks for the accounts while a sign-in's ID token is checked (features/banking/early-accounts.ts): a callback page starts it once this chunk and the session's code are here (src/first.ts). */
export const watchEarlyAccounts = (session: AuthSession): void => void watchEarly(session, queryClient);

/** The signed-in pages of `subject`'s session, with an API client that takes its tokens from it. Pages for one resource are keyed by it, so nothing of the previous one shows. */
export function SignedInArea({ session, subject }: { session: AuthSession; subject: string }) {
  const t = useMessages(appMessages);
  const { environment } = session;
  // Once signed in, the page's data here and painted, and the browser idle: the other screens' code, so they open
  // at once, offline too; not while data is on its way, where the chunks would compete with it for the network and the main thread.
  useEffect(() => whenQueriesSettle(queryClient, prefetchScreens), []);
  const api = useMemo<ApiContextValue>(
    () => ({
      client: sessionApiClient(session, { renews: true }),
      scope: [environment.id, subject],
    }),
    [environment.id, subject, session],
  );
  return (
    <QueryProvider>
      <ApiProvider value={api}>
        <Suspense fallback={<Status>{t.loading}</Status>}>
          <Switch>
            <Route path="/" component={AccountsPage} />
            <Route path="/companies" component={CompaniesPage} />
            <Route path="/companies/:companyId/accounts/:accountNo">
              {({ companyId, accountNo }) => <StatementsPage key={`${companyId}/${accountNo}`} companyId={companyId} accountNo={accountNo} />}
            </Route>
            <Route path="/receivables" component={ReceivablesPage} />
            <Route path="/payments" component={PaymentsPage} />
            <Route path="/payments/new" component={NewPaymentPage} />
            <Route path="/payments/:messageId">{({ messageId }) => <PaymentMessagePage key={messageId} messageId={messageId} />}</Route>
            <Route path="/profile" component={ProfilePage} />
            <Route component={NotFoundPage} />
          </Switch>
        </Suspense>
      </ApiProvider>
    </QueryProvider>
  );
}
