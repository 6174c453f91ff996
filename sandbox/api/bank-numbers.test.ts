import { describe, expect, it } from 'vitest';
import { isNorwegianAccountNo, isOrganizationNumber, isValidIban, isValidKid, mod10CheckDigit, mod11CheckDigit, toIban } from './bank-numbers.ts';

describe('bank numbers', () => {
  it('accepts the account number from the Norwegian IBAN example and refuses a changed digit', () => {
    expect(isNorwegianAccountNo('86011117947')).toBe(true);
    expect(isNorwegianAccountNo('86011117948')).toBe(false);
    expect(isNorwegianAccountNo('8601111794')).toBe(false);
  });

  it('builds the documented example IBAN NO93 8601 1117 947', () => {
    expect(toIban('NO', '86011117947')).toBe('NO9386011117947');
    expect(isValidIban('NO9386011117947')).toBe(true);
    expect(isValidIban('NO9486011117947')).toBe(false);
    expect(isValidIban('DE89370400440532013000')).toBe(true);
  });

  it('checks organisation numbers with MOD11', () => {
    expect(isOrganizationNumber('923609016')).toBe(true);
    expect(isOrganizationNumber('923609017')).toBe(false);
  });

  it('has no MOD11 digit when the remainder is 10', () => {
    expect(mod11CheckDigit('91234567')).toBeUndefined();
  });

  it('accepts KIDs with a MOD10 or MOD11 check digit', () => {
    expect(mod10CheckDigit('7992739871')).toBe(3);
    expect(isValidKid('79927398713')).toBe(true);
    expect(isValidKid(`1234567${mod11CheckDigit('1234567') ?? ''}`)).toBe(true);
    expect(isValidKid('79927398710')).toBe(false);
    expect(isValidKid('12ab')).toBe(false);
  });
});
