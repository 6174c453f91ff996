import { useQueryClient } from '@tanstack/react-query';
import { useLayoutEffect, useSyncExternalStore } from 'react';
import { accountsQueryOptions } from '../../api/accounts';
import { sessionApiClient } from '../../api/session-client';
import type { ApiContextValue } from '../../api/context';
import type { AuthSession } from '../../auth';
import { companyStore, currentCompany } from './company-store';

/**
 * While a sign-in's ID token is checked, asks for the accounts the signed-in home will show (of the
 * company last shown to the subject the token claims), so they are there when it opens. The answer
 * waits in the query cache under that subject: only a session signed in as it shows it, and a sign-in
 * that is refused takes it away.
 */
export function useEarlyAccounts(session: AuthSession): void {
  const queryClient = useQueryClient();
  const early = useSyncExternalStore(session.subscribe, session.earlyAccess);
  const environmentId = session.environment.id;
  // In the commit that hears of the tokens, not after the next paint: the request is on the sign-in's critical path.
  useLayoutEffect(() => {
    if (!early) return;
    const scope: ApiContextValue['scope'] = [environmentId, early.subject];
    const companyId = currentCompany(companyStore(() => window.localStorage, scope).read());
    if (companyId) {
      const client = sessionApiClient(session, { renews: false });
      void queryClient.prefetchQuery(accountsQueryOptions({ client, scope }, companyId));
    }
    return () => {
      const state = session.getState();
      if (state.status === 'signed-in' && state.user?.profile.sub === early.subject) return;
      void queryClient.cancelQueries({ queryKey: scope });
      queryClient.removeQueries({ queryKey: scope });
    };
  }, [early, environmentId, session, queryClient]);
}
