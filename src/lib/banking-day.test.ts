import { describe, expect, it } from 'vitest';
import { addDays, bankingToday, isIsoDate } from './banking-day';

describe('bankingToday', () => {
  it('is the date in Oslo, which is already tomorrow late in the UTC evening', () => {
    expect(bankingToday(new Date('2025-06-16T22:30:00Z'))).toBe('2025-06-17');
    expect(bankingToday(new Date('2025-12-31T22:59:00Z'))).toBe('2025-12-31');
  });
});

describe('isIsoDate', () => {
  it('accepts a real day as YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it.each(['2025-02-29', '2025-13-01', '16.06.2025', '2025-6-1', ''])('refuses %j', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('addDays', () => {
  it('crosses months and years', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});
