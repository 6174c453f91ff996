import type { ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { callbackPath } from '../auth';

/**
 * Every address the app answers:
 * - `callbackPath` (/callback): the identity server's answer, taken out of the address bar before anything renders (auth's takeArrival);
 * - /explorer: the flow explorer, signed in or not;
 * - the signed-in pages (./SignedInArea.tsx); signed out, any other address shows the sign-in.
 */
export const explorerPath = '/explorer/*?';
export { callbackPath };

/** Chooses the page: the explorer at its address; elsewhere the signed-in pages, or `signedOut` (sign-in, progress) until there is a session. */
export function AppRoutes({ explorer, signedIn, signedOut }: { explorer: ReactNode; signedIn: ReactNode; signedOut: ReactNode | null }) {
  return (
    <Switch>
      <Route path={explorerPath}>{explorer}</Route>
      <Route>{signedOut ?? signedIn}</Route>
    </Switch>
  );
}
