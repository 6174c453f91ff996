import { useIsFetching } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { callbackPath } from '../auth';
import { Status } from '../components/Status';
import { AccountsPage } from '../features/banking/AccountsPage';
import { useMessages } from '../i18n/messages';
import { appMessages } from './messages';
import { NotFoundPage } from './NotFoundPage';

// The accounts page is where a sign-in lands, so it comes with the app; React holds a revealed
// lazy page back for up to 300 ms, which would sit between the sign-in and the data. The others load when opened.
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

/**
 * Every address the app answers, in one table:
 * - `callbackPath` (/callback): the identity server's answer, taken out of the address bar before anything renders (auth's takeArrival);
 * - /explorer: the flow explorer, signed in or not;
 * - the signed-in pages below; signed out, any other address shows the sign-in.
 */
export const explorerPath = '/explorer/*?';
export { callbackPath };

/** Once signed in and idle, fetch the other screens' code, so they open at once, offline too. */
function usePrefetchScreens() {
  // Not while the page's data is on its way: the chunks would compete with it for the network and the main thread.
  const loading = useIsFetching() > 0;
  useEffect(() => {
    if (loading) return;
    const prefetch = () => Object.values(screens).forEach((load) => void load().catch(() => undefined));
    if ('requestIdleCallback' in window) {
      const id = window.requestIdleCallback(prefetch, { timeout: 2_000 });
      return () => window.cancelIdleCallback(id);
    }
    const timer = setTimeout(prefetch, 500);
    return () => clearTimeout(timer);
  }, [loading]);
}

/** The signed-in pages. Pages for one resource are keyed by it, so nothing of the previous one shows. */
function SignedInPages() {
  const t = useMessages(appMessages);
  usePrefetchScreens();
  return (
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
  );
}

/** Chooses the page: the explorer at its address; elsewhere the signed-in pages, or `signedOut` (sign-in, progress) until there is a session. */
export function AppRoutes({ explorer, signedIn, signedOut }: { explorer: ReactNode; signedIn: (pages: ReactNode) => ReactNode; signedOut: ReactNode | null }) {
  return (
    <Switch>
      <Route path={explorerPath}>{explorer}</Route>
      <Route>{signedOut ?? signedIn(<SignedInPages />)}</Route>
    </Switch>
  );
}
