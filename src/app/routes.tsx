import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { Status } from '../components/Status';
import { AccountsPage } from '../features/banking/AccountsPage';
import { useMessages } from '../i18n/messages';
import { appMessages } from './messages';
import { NotFoundPage } from './NotFoundPage';

// The accounts page is where a sign-in lands, so it comes with the app; React holds a revealed
// lazy page back for up to 300 ms, which would sit between the sign-in and the data. The others load when opened.
const StatementsPage = lazy(() => import('../features/banking/StatementsPage').then((module) => ({ default: module.StatementsPage })));
const PaymentsPage = lazy(() => import('../features/banking/PaymentsPage').then((module) => ({ default: module.PaymentsPage })));
const NewPaymentPage = lazy(() => import('../features/banking/NewPaymentPage').then((module) => ({ default: module.NewPaymentPage })));
const PaymentMessagePage = lazy(() => import('../features/banking/PaymentMessagePage').then((module) => ({ default: module.PaymentMessagePage })));
const ProfilePage = lazy(() => import('../features/profile/ProfilePage').then((module) => ({ default: module.ProfilePage })));

/** The signed-in pages. Pages for one resource are keyed by it, so nothing of the previous one shows. */
export function SignedInRoutes() {
  const t = useMessages(appMessages);
  return (
    <Suspense fallback={<Status>{t.loading}</Status>}>
      <Switch>
        <Route path="/" component={AccountsPage} />
        <Route path="/accounts/:companyId/:accountNo">
          {({ companyId, accountNo }) => <StatementsPage key={`${companyId}/${accountNo}`} companyId={companyId} accountNo={accountNo} />}
        </Route>
        <Route path="/payments" component={PaymentsPage} />
        <Route path="/payments/new" component={NewPaymentPage} />
        <Route path="/payments/:messageId">{({ messageId }) => <PaymentMessagePage key={messageId} messageId={messageId} />}</Route>
        <Route path="/profile" component={ProfilePage} />
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  );
}
