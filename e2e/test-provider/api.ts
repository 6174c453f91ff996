import { requireAccessToken } from './bearer.ts';
import type { Endpoint } from './endpoint.ts';
import { sendJson, sendNotFound } from './http.ts';

/** Just enough of Open Banking API v3 (GET /api/v3/accounts/{companyId}, documented shape) for the app to show something after an accepted sign-in. */

export const TEST_COMPANY_ID = '7e57c0de-0000-4000-8000-000000000001';

const ACCOUNTS = {
  CompanyId: TEST_COMPANY_ID,
  Accounts: [
    {
      AccountId: '7e57c0de-0000-4000-8000-0000000000a1',
      AccountNumber: '12345678903',
      Bic: 'TESTNOKK',
      Currency: 'NOK',
      AccountGroupId: null,
      Ledger: '1920',
      Aliases: { Iban: 'NO9312345678903', PlusGirot: null, BankGirot: null, GiroKonto: null },
      ReadyForPayments: true,
    },
  ],
};

/** `GET <issuer>/api/v3/…`; the router has already checked the method and answered preflights. */
export const api: Endpoint = async (context, req, res, headers) => {
  if (!(await requireAccessToken(context, req, res, headers))) return;
  const path = new URL(req.url ?? '/', context.issuer).pathname.slice(new URL(context.issuer).pathname.length);
  if (path === `/api/v3/accounts/${TEST_COMPANY_ID}`) sendJson(res, 200, ACCOUNTS, headers);
  else sendNotFound(res, headers);
};
