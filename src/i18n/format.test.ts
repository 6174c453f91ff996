import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatIn } from './format';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('formatIn', () => {
  it('formats money, dates and numbers in the locale', () => {
    const format = formatIn('en-GB');
    expect(format.money(1234.5, 'NOK')).toBe(new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'NOK' }).format(1234.5));
    expect(format.date('2026-11-22')).toBe('22 Nov 2026');
    expect(formatIn('nb-NO').number(1234.5)).toBe(new Intl.NumberFormat('nb-NO').format(1234.5));
  });

  it('makes each formatter once, however many rows it formats', () => {
    const Original = Intl.NumberFormat;
    let made = 0;
    vi.stubGlobal('Intl', {
      ...Intl,
      NumberFormat: function NumberFormat(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
        made += 1;
        return new Original(...args);
      },
    });
    const format = formatIn('de-DE');
    for (let row = 0; row < 50; row += 1) format.money(row, 'EUR');
    formatIn('de-DE').money(1, 'EUR');
    expect(made).toBe(1);
    format.money(1, 'USD');
    expect(made).toBe(2);
  });
});
