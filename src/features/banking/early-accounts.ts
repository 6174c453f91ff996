import type { QueryClient } from '@tanstack/react-query';
import { accountsQueryOptions } from '../../api/accounts';
import { sessionApiClient } from '../../api/session-client';
import type { ApiContextValue } from '../../api/context';
import type { AuthSession, EarlyAccess } from '../../auth';
import { companyStore, currentCompany } from './company-store';

/*
 * While a sign-in's ID token is checked, asks for the accounts the signed-in home will show (of the
 * company last shown to the subject the token claims), so they are there when it opens. The answer
 * waits in the query cache under that subject: only a session signed in as it shows it, and a sign-in
 * that is refused takes it away.
 */

/**
 * Watches `session` for a sign-in's tokens, outside React: a callback page starts it as soon as this code
 * and the session's are here (src/first.ts), so the request leaves the moment the tokens do, not once a
 * render has run. The returned function ends it.
 */
export function watchEarlyAccounts(session: AuthSession, queryClient: QueryClient): () => void {
  let asked: { early: EarlyAccess; scope: ApiContextValue['scope'] } | null = null;
  const drop = () => {
    if (!asked) return;
    const state = session.getState();
    const { early, scope } = asked;
    asked = null;
    if (state.status === 'signed-in' && state.user?.profile.sub === early.subject) return;
    void queryClient.cancelQueries({ queryKey: scope });
    queryClient.removeQueries({ queryKey: scope });
  };
  const heard = () => {
    const early = session.earlyAccess();
    if (early === asked?.early) return;
    drop();
    if (!early) return;
    const scope: ApiContextValue['scope'] = [session.environment.id, early.subject];
    asked = { early, scope };
    const companyId = currentCompany(companyStore(() => window.localStorage, scope).read());
    if (companyId) void queryClient.prefetchQuery(accountsQueryOptions({ client: sessionApiClient(session, { renews: false }), scope }, companyId));
  };
  const unsubscribe = session.subscribe(heard);
  heard();
  return () => {
    unsubscribe();
    drop();
  };
}
