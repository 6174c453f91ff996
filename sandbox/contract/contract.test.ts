import { describe, expect, it } from 'vitest';
import { Contract } from './contract.ts';
import type { Exchange } from './contract.ts';
import { loadContract } from './document.ts';

const contract = new Contract(loadContract(), { closedObjects: true });
const COMPANY = '3f2b8c1e-5d4a-4e7b-9c61-0a8d2f4b7e15';

const account = {
  AccountId: '469c6fc6-1111-4222-8333-444455556666',
  AccountNumber: '12074123455',
  Bic: 'DNBANOKKXXX',
  Currency: 'NOK',
  AccountGroupId: null,
  Ledger: null,
  Aliases: null,
  ReadyForPayments: true,
};

const accounts = (body: unknown, status = 200): Exchange => ({
  method: 'GET',
  target: `/api/v3/accounts/${COMPANY}`,
  requestHeaders: {},
  status,
  responseContentType: 'application/json; charset=utf-8',
  responseBody: body,
});

const errorsOf = (exchange: Exchange): string[] => contract.check(exchange).flatMap((violation) => violation.errors);

describe('the contract check', () => {
  it('passes a documented answer with null in the nullable fields', () => {
    expect(contract.check(accounts({ CompanyId: COMPANY, Accounts: [account] }))).toEqual([]);
    expect(contract.check(accounts({ CompanyId: COMPANY, Accounts: null }))).toEqual([]);
  });

  it('refuses null where the field is not nullable, a missing required field, and a field the contract does not name', () => {
    expect(errorsOf(accounts({ CompanyId: COMPANY, Accounts: [{ ...account, ReadyForPayments: null }] }))).toEqual(['body/Accounts/0/ReadyForPayments must be boolean']);
    expect(errorsOf(accounts({ Accounts: [] }))).toEqual(["body must have required property 'CompanyId'"]);
    expect(errorsOf(accounts({ CompanyId: COMPANY, Accounts: [{ ...account, Name: 'Driftskonto', Balance: 1 }] }))).toEqual([
      'body/Accounts/0 has Name, which the contract does not name',
      'body/Accounts/0 has Balance, which the contract does not name',
    ]);
  });

  it('refuses an integer outside its enum, a date-time without an offset and a company id that is no GUID', () => {
    const status = (Status: number, ExecutionDate = '2025-06-16T00:00:00.0000000+02:00'): Exchange => ({
      method: 'GET',
      target: '/api/v3/payments/m-1',
      requestHeaders: {},
      status: 200,
      responseContentType: 'application/json',
      responseBody: { Payments: [{ PaymentId: account.AccountId, SourceReference: null, Status, ExecutionDate, Message: null, Links: null }], Total: 1, Links: null },
    });
    expect(contract.check(status(8))).toEqual([]);
    expect(contract.check(status(1, '0001-01-01T00:00:00'))).toEqual([]);
    expect(errorsOf(status(9))).toEqual(['body/Payments/0/Status must be equal to one of the allowed values: [0,1,2,3,4,5,6,7,8]']);
    expect(errorsOf(status(1, '2025-06-16T00:00:00'))[0]).toMatch(/^body\/Payments\/0\/ExecutionDate must match pattern/);
    expect(errorsOf({ ...accounts({ CompanyId: COMPANY }), target: '/api/v3/accounts/100001' })).toEqual(['path/companyId must match format "uuid"']);
  });

  it('refuses a query parameter the operation does not document, such as paging on statements', () => {
    const exchange: Exchange = {
      method: 'GET',
      target: `/api/v3/statements/${COMPANY}?skip=0&take=50&state=1`,
      requestHeaders: {},
      status: 200,
      responseContentType: 'application/json',
      responseBody: { Statements: [] },
    };
    expect(errorsOf(exchange)).toEqual(['query has skip, which the contract does not name', 'query has take, which the contract does not name']);
  });

  it('checks a request body against its media type, and knows an operation, a status and a media type the contract lacks', () => {
    const post = (contentType: string, body: unknown): Exchange => ({
      method: 'POST',
      target: `/api/v3/payments/${COMPANY}`,
      requestHeaders: { 'content-type': contentType },
      requestBody: body,
      status: 400,
      responseContentType: 'application/problem+json',
      responseBody: { title: 'Bad', status: 400 },
    });
    expect(errorsOf(post('application/json-patch+json', { DebitAccountNo: '1' }))).toEqual([
      "body must have required property 'MessageId'",
      "body must have required property 'AccountNumber'",
      "body must have required property 'PaymentLines'",
      'body has DebitAccountNo, which the contract does not name',
    ]);
    expect(errorsOf(post('text/plain', 'x'))).toEqual(['body is sent as text/plain, not as application/json-patch+json or application/json']);
    expect(errorsOf({ ...accounts({}), target: '/api/v3/companies' })).toEqual(['GET /api/v3/companies is no operation of the contract']);
    expect(errorsOf(accounts({ CompanyId: COMPANY }, 418))).toEqual(['status 418 is not a response of GET /api/v3/accounts/{companyId}']);
    expect(errorsOf({ ...accounts({ CompanyId: COMPANY }), responseContentType: 'text/html' })).toEqual(['body is text/html, not application/json']);
  });
});
