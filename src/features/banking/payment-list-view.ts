import { isPaymentStatus, type PaymentStatus } from '../../api/payments';

/** The payment list's company, status filter and page, kept in the address (`?company&status&skip`). */

export const paymentPageSize = 50;

export interface PaymentListView {
  /** Absent: the first of the user's companies. */
  companyId?: string;
  status?: PaymentStatus;
  skip: number;
}

export function paymentListViewFromSearch(search: URLSearchParams): PaymentListView {
  const company = search.get('company');
  const rawStatus = search.get('status') ?? '';
  const status = /^\d$/.test(rawStatus) ? Number(rawStatus) : Number.NaN;
  const skip = Number(search.get('skip') ?? '0');
  return {
    ...(company ? { companyId: company } : {}),
    ...(isPaymentStatus(status) ? { status } : {}),
    skip: Number.isSafeInteger(skip) && skip >= 0 ? skip : 0,
  };
}

export function paymentListViewToSearch(view: PaymentListView): URLSearchParams {
  const search = new URLSearchParams();
  if (view.companyId) search.set('company', view.companyId);
  if (view.status !== undefined) search.set('status', String(view.status));
  if (view.skip > 0) search.set('skip', String(view.skip));
  return search;
}
