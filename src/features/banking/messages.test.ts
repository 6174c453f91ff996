import { describe, expect, it } from 'vitest';
import { approveResults, dismissalStatuses, transactionStates } from '../../api/payments';
import { languages } from '../../i18n/language';
import { paymentMessageMessages, paymentsMessages } from './messages';

describe('payment status names', () => {
  it.each(languages)('name every status 0..8 in %s, each differently', (language) => {
    const names = transactionStates.map((status) => paymentsMessages[language].statusNames[status]);
    expect(names.every((name) => name.trim() !== '' && !/^\d+$/.test(name))).toBe(true);
    expect(new Set(names).size).toBe(transactionStates.length);
  });

  it('are Aritma’s documented names in English', () => {
    expect(transactionStates.map((status) => paymentsMessages.en.statusNames[status])).toEqual([
      'Submitted',
      'Queued for approval',
      'Dismissed by user',
      'Ready for transfer',
      'Pending bank',
      'Rejected by bank',
      'Accepted bank',
      'Completed',
      'Dismissed by ZData',
    ]);
  });

  it('are translated into bokmål', () => {
    for (const status of transactionStates) {
      if (status === 8) continue; // "ZData" is a name in both
      expect(paymentsMessages.nb.statusNames[status]).not.toBe(paymentsMessages.en.statusNames[status]);
    }
  });
});

describe('approve and dismiss results', () => {
  it.each(languages)('are worded for every documented value in %s', (language) => {
    const t = paymentMessageMessages[language];
    for (const result of approveResults) expect(t.approveResults[result]).toMatch(/\w{3}/);
    for (const status of dismissalStatuses) expect(t.dismissResults[status]).toMatch(/\w{3}/);
    expect(new Set(approveResults.map((result) => t.approveResults[result])).size).toBe(approveResults.length);
  });
});
