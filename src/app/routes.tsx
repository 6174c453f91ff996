import { Route, Switch } from 'wouter';
import { AccountsPage } from '../features/banking/AccountsPage';
import { NewPaymentPage } from '../features/banking/NewPaymentPage';
import { PaymentMessagePage } from '../features/banking/PaymentMessagePage';
import { PaymentsPage } from '../features/banking/PaymentsPage';
import { StatementsPage } from '../features/banking/StatementsPage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { NotFoundPage } from './NotFoundPage';

/** The signed-in pages. Pages for one resource are keyed by it, so nothing of the previous one shows. */
export function SignedInRoutes() {
  return (
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
  );
}
