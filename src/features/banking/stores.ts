import { useMemo } from 'react';
import { useApi } from '../../api/context';
import { companyStore, currentCompany } from './company-store';
import { useKept } from './kept';
import { intentStore, submissionStore } from './payment-store';

const local = () => window.localStorage;
const session = () => window.sessionStorage;

/** The companies the signed-in user added in this environment, and the one shown. */
export function useCompanies() {
  const { scope } = useApi();
  const [environment, subject] = scope;
  const store = useMemo(() => companyStore(local, [environment, subject]), [environment, subject]);
  const list = useKept(store);
  return { store, ids: list.ids, current: currentCompany(list) };
}

/** The message ids this user submitted for a company from this browser. */
export function useSubmissions(companyId: string) {
  const { scope } = useApi();
  const [environment, subject] = scope;
  const store = useMemo(() => submissionStore(local, [environment, subject], companyId), [environment, subject, companyId]);
  return { store, submissions: useKept(store) };
}

/** The payment this tab is sending, until its outcome is known. */
export function usePaymentIntent() {
  const { scope } = useApi();
  const [environment, subject] = scope;
  const store = useMemo(() => intentStore(session, [environment, subject]), [environment, subject]);
  return { store, intent: useKept(store) };
}
