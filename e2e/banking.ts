import { expect, type Page } from '@playwright/test';
import { FJORDTRE_COMPANY_ID, FOREIGN_COMPANY_ID, NORDLYS_COMPANY_ID } from '../sandbox/api/demo-data.ts';

/** Shared steps and data of the banking specs; the ids are the sandbox's demo data, which `npm start` prints. */

export const demoCompanies = { nordlys: NORDLYS_COMPANY_ID, fjordtre: FJORDTRE_COMPANY_ID };
/** A company that exists in the sandbox but only the approver may see. */
export const foreignCompany = FOREIGN_COMPANY_ID;

/** Nordlys Demo AS's operating account: NOK, ready for payments, with 90 days of statements. */
export const operatingAccount = { companyId: NORDLYS_COMPANY_ID, accountNo: '12074123455' };

/** A valid (MOD11) account number of another company, to pay to. */
export const creditAccountNo = '15032877114';

/** A creditor name no other test uses, so a test can tell its own payments while others run. */
export function uniqueCreditor(label: string): string {
  return `E2E ${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export function addDays(date: string, days: number): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  parsed.setUTCDate(parsed.getUTCDate() + days);
  return parsed.toISOString().slice(0, 10);
}

/** Types a company id into "Company ID" and presses "Add company". */
export async function addCompany(page: Page, companyId: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Company ID' }).fill(companyId);
  await page.getByRole('button', { name: 'Add company' }).click();
}

/**
 * After a sign-in: the home asks for a company when the browser knows none (v3 lists none),
 * so the demo company is added as a user would; then the accounts table is there.
 */
export async function showAccounts(page: Page, companyId: string = NORDLYS_COMPANY_ID): Promise<void> {
  const ask = page.getByRole('textbox', { name: 'Company ID' });
  const table = page.getByRole('table').getByRole('row').nth(1);
  await expect(ask.or(table).first()).toBeVisible();
  if (await ask.isVisible()) await addCompany(page, companyId);
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  await expect(table).toBeVisible();
}

/** The statement of the operating account, from the accounts page. */
export async function openOperatingAccount(page: Page): Promise<void> {
  await page.getByRole('row').filter({ hasText: operatingAccount.accountNo }).getByRole('link', { name: operatingAccount.accountNo }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Statement for ${operatingAccount.accountNo}` })).toBeVisible();
}

export interface NewLine {
  creditor: string;
  amount?: string;
  account?: string;
  kid?: string;
  message?: string;
}

/** Fills line `n` (1-based) of the new-payment form. */
export async function fillLine(page: Page, n: number, { creditor, amount = '123,45', account = creditAccountNo, kid, message }: NewLine): Promise<void> {
  const line = page.getByRole('group', { name: `Line ${n}` });
  await line.getByRole('textbox', { name: 'Creditor name' }).fill(creditor);
  await line.getByRole('textbox', { name: 'Credit account number' }).fill(account);
  await line.getByRole('textbox', { name: 'Amount' }).fill(amount);
  if (kid !== undefined) await line.getByRole('textbox', { name: 'KID (optional)' }).fill(kid);
  if (message !== undefined) await line.getByRole('textbox', { name: 'Message (optional)' }).fill(message);
}

/** Opens the new-payment form from the navigation and chooses the operating account. */
export async function openNewPayment(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Payments', exact: true }).click();
  await page.getByRole('link', { name: 'New payment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New payment' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Debit account' }).selectOption({ label: `${operatingAccount.accountNo} (NOK)` });
}
