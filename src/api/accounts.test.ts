import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { accountSchema } from './accounts';

// From the sandbox's demo data (sandbox/api/demo-data.ts): GET /api/v3/companies/100001/accounts/12074123455.
const account = {
  CompanyId: '100001',
  AccountNo: '12074123455',
  Iban: 'NO6412074123455',
  Bic: 'DNBANOKKXXX',
  Name: 'Driftskonto',
  Currency: 'NOK',
  Balance: 1340543.08,
  ReadyForPayments: true,
};

describe('account schema', () => {
  it('accepts one account as the sandbox sends it', () => {
    expect(accountSchema.parse(account)).toEqual(account);
  });

  it('refuses ReadyForPayments sent as text, naming the field', () => {
    const result = accountSchema.safeParse({ ...account, ReadyForPayments: 'true' });
    expect(result.success).toBe(false);
    if (!result.success) expect(z.prettifyError(result.error)).toContain('ReadyForPayments');
  });
});
