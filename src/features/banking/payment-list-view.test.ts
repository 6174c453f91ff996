import { describe, expect, it } from 'vitest';
import { paymentListViewFromSearch, paymentListViewToSearch } from './payment-list-view';

describe('payment list view in the address', () => {
  it('is the first company, every status, the first page when the address says nothing', () => {
    expect(paymentListViewFromSearch(new URLSearchParams())).toEqual({ skip: 0 });
  });

  it('reads company, status and page back from what it wrote', () => {
    const view = { companyId: '100002', status: 0 as const, skip: 50 };
    expect(paymentListViewToSearch(view).toString()).toBe('company=100002&status=0&skip=50');
    expect(paymentListViewFromSearch(paymentListViewToSearch(view))).toEqual(view);
  });

  it.each(['9', '-1', 'Submitted', '', '1.0'])('ignores the status %j, which is not 0..8', (status) => {
    expect(paymentListViewFromSearch(new URLSearchParams({ status })).status).toBeUndefined();
  });
});
