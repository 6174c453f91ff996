import { describe, expect, it } from 'vitest';
import { paymentStatuses } from '../../api/payments';
import { languages } from '../../i18n/language';
import { paymentsMessages } from './messages';

describe('payment status names', () => {
  it.each(languages)('name every status 0..8 in %s, each differently', (language) => {
    const names = paymentStatuses.map((status) => paymentsMessages[language].statusNames[status]);
    expect(names.every((name) => typeof name === 'string' && name.trim() !== '' && !/^\d+$/.test(name))).toBe(true);
    expect(new Set(names).size).toBe(paymentStatuses.length);
  });

  it('are Aritma’s names in English', () => {
    expect(paymentStatuses.map((status) => paymentsMessages.en.statusNames[status])).toEqual([
      'Submitted',
      'Queued for approval',
      'Dismissed by user',
      'Ready for transfer',
      'Pending bank',
      'Rejected by bank',
      'Accepted by bank',
      'Completed',
      'Dismissed by ZData',
    ]);
  });

  it('are translated into bokmål', () => {
    for (const status of paymentStatuses) {
      if (status === 8) continue; // "ZData" is a name in both
      expect(paymentsMessages.nb.statusNames[status]).not.toBe(paymentsMessages.en.statusNames[status]);
    }
  });
});
