import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useLayoutEffect } from 'react';
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

const watched = new WeakMap<AuthSession, () => void>();

/**
 * Watches `session` for a sign-in's tokens, from now on and outside React: a callback page starts it as
 * soon as this code is here, so the request leaves the moment the tokens do, not once a render has run.
 * One watch per session however often it is asked for; the returned function ends it.
 */
export function watchEarlyAccounts(session: AuthSession, queryClient: QueryClient): () => void {
  const existing = watched.get(session);
  if (existing) return existing;
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
  const stop = () => {
    unsubscribe();
    drop();
    watched.delete(session);
  };
  watched.set(session, stop);
  return stop;
}

/** The same watch while a component is mounted (the session renders it as soon as this code is here). */
export function useEarlyAccounts(session: AuthSession): void {
  const queryClient = useQueryClient();
  useLayoutEffect(() => watchEarlyAccounts(session, queryClient), [session, queryClient]);
}
