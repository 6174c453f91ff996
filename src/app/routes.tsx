import { Route, Switch } from 'wouter';
import { AccountsPage } from '../features/banking/AccountsPage';
import { NotFoundPage } from './NotFoundPage';

/** The signed-in pages. */
export function SignedInRoutes() {
  return (
    <Switch>
      <Route path="/" component={AccountsPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
