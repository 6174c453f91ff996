import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NORDLYS_COMPANY_ID } from '../api/demo-data.ts';
import { startApi } from '../api/server.ts';
import { createTestKeys, ISSUER, NOW, signToken } from '../api/test-support.ts';
import { CONTRACT_REPORT_PATH, ContractRecorder } from './recorder.ts';
import type { ContractReport } from './recorder.ts';

let checked: { url: string; close(): Promise<void> };
let unchecked: { url: string; close(): Promise<void> };
let token = '';

beforeAll(async () => {
  const keys = await createTestKeys();
  token = await signToken(keys.privateKey);
  const options = { port: 0, issuer: ISSUER, jwks: keys.jwks, now: () => NOW };
  checked = await startApi({ ...options, contractCheck: new ContractRecorder({ log: false }) });
  unchecked = await startApi(options);
});
afterAll(() => Promise.all([checked.close(), unchecked.close()]));

describe('the sandbox API with CONTRACT_CHECK=record', () => {
  it('reports, at its test-only path, how many exchanges it checked and a request that broke the contract', async () => {
    const auth = { Authorization: `Bearer ${token}` };
    expect((await fetch(`${checked.url}/api/v3/accounts/${NORDLYS_COMPANY_ID}`, { headers: auth })).status).toBe(200);
    const invented = await fetch(`${checked.url}/api/v3/payments/${NORDLYS_COMPANY_ID}`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ DebitAccountNo: '12074123455', Payments: [] }),
    });
    expect(invented.status).toBe(400);
    const report = (await (await fetch(checked.url + CONTRACT_REPORT_PATH)).json()) as ContractReport;
    expect(report.checked).toBe(2);
    expect(report.violations).toEqual([
      expect.objectContaining({ method: 'POST', path: '/api/v3/payments/{companyId}', status: 400, direction: 'request', errors: expect.arrayContaining(['body has DebitAccountNo, which the contract does not name']) }),
    ]);
  });

  it('serves no such path without the switch', async () => {
    // 404, which the e2e teardown reads as "this server does not check the contract".
    expect((await fetch(unchecked.url + CONTRACT_REPORT_PATH)).status).toBe(404);
  });
});
