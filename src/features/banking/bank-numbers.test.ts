import { describe, expect, it } from 'vitest';
import { isNorwegianAccountNo, isValidIban, normalizeAccountNumber } from './bank-numbers';

describe('isNorwegianAccountNo (MOD11)', () => {
  it.each(['12074123455', '15032877114', '86011117947'])('accepts %s, whose check digit is right', (accountNo) => {
    expect(isNorwegianAccountNo(accountNo)).toBe(true);
  });

  it('refuses a wrong check digit', () => {
    expect(isNorwegianAccountNo('12074123456')).toBe(false);
  });

  it('refuses two swapped digits', () => {
    expect(isNorwegianAccountNo('21074123455')).toBe(false);
  });

  it.each(['1207412345', '120741234550', '1207412345a', ''])('refuses %j, which is not 11 digits', (value) => {
    expect(isNorwegianAccountNo(value)).toBe(false);
  });

  it('refuses every number whose check digit would have to be 10', () => {
    // 0000000006: 6 × weight 2 = 12, remainder 1, so the check digit would be 10; such numbers are never issued.
    for (let digit = 0; digit <= 9; digit += 1) expect(isNorwegianAccountNo(`0000000006${digit}`)).toBe(false);
  });
});

describe('isValidIban (MOD97)', () => {
  it.each(['NO9386011117947', 'DE89370400440532013000', 'DE23863391439953434498', 'NO6412074123455'])('accepts %s', (iban) => {
    expect(isValidIban(iban)).toBe(true);
  });

  it('refuses wrong check digits', () => {
    expect(isValidIban('NO9486011117947')).toBe(false);
  });

  it('refuses a changed digit in the account part', () => {
    expect(isValidIban('DE89370400440532013001')).toBe(false);
  });

  it.each(['no9386011117947', 'NO93 8601 1117 947', 'NO93', '9386011117947NO'])('refuses %j, which is not an IBAN as sent', (value) => {
    expect(isValidIban(value)).toBe(false);
  });
});

describe('normalizeAccountNumber', () => {
  it('drops the spaces and dots people type and capitalises letters', () => {
    expect(normalizeAccountNumber(' 1207.41.23455 ')).toBe('12074123455');
    expect(normalizeAccountNumber('no93 8601 1117 947')).toBe('NO9386011117947');
  });
});
