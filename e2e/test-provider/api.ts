import { requireAccessToken } from './bearer.ts';
import type { Endpoint } from './endpoint.ts';
import { sendJson, sendNotFound } from './http.ts';
import { testUser } from './test-user.ts';

/** Just enough of Open Banking API v3 for the app to show something after an accepted sign-in. */

const COMPANY = { CompanyId: 'T1', Name: 'Test Company AS', OrganizationNumber: '999999999', Country: 'NO' };
const ACCOUNT = {
  CompanyId: 'T1',
  AccountNo: '12345678903',
  Iban: 'NO9312345678903',
  Bic: 'TESTNOKK',
  Name: 'Test account',
  Currency: 'NOK',
  Balance: 100,
  ReadyForPayments: true,
};

/** The API's paged list shape, with everything on one page. */
function page<T>(items: T[]) {
  return { Items: items, Total: items.length, Skip: 0, Take: 100, Links: [] };
}

/** `GET <issuer>/api/v3/…`; the router has already checked the method and answered preflights. */
export const api: Endpoint = async (context, req, res, headers) => {
  if (!(await requireAccessToken(context, req, res, headers))) return;
  const path = new URL(req.url ?? '/', context.issuer).pathname.slice(new URL(context.issuer).pathname.length);
  switch (path) {
    case '/api/v3/companies':
      sendJson(res, 200, page([COMPANY]), headers);
      return;
    case '/api/v3/companies/T1/accounts':
      sendJson(res, 200, page([ACCOUNT]), headers);
      return;
    case '/api/v3/user':
      sendJson(res, 200, { UserId: testUser.sub, Name: testUser.name, Email: testUser.email, CompanyIds: ['T1'] }, headers);
      return;
    default:
      sendNotFound(res, headers);
  }
};
