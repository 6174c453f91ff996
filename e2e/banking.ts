import { expect, type Page } from '@playwright/test';

/** Shared steps and data of the banking specs. */

/** Nordlys Demo AS's operating account: NOK, ready for payments, 180 transactions over 90 days. */
export const operatingAccount = { companyId: '100001', accountNo: '12074123455', name: 'Driftskonto' };

/** A valid (MOD11) account number of another company, to pay to. */
export const creditAccountNo = '15032877114';

/** A creditor name no other test uses, so a test can count its own payments while others run. */
export function uniqueCreditor(label: string): string {
  return `E2E ${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export function addDays(date: string, days: number): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  parsed.setUTCDate(parsed.getUTCDate() + days);
  return parsed.toISOString().slice(0, 10);
}

/** The statement of the operating account, from the accounts page. */
export async function openOperatingAccount(page: Page): Promise<void> {
  await page
    .getByRole('row')
    .filter({ hasText: operatingAccount.accountNo })
    .getByRole('link', { name: operatingAccount.name })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: `Statement for ${operatingAccount.name}` })).toBeVisible();
}

export interface NewPayment {
  creditor: string;
  amount?: string;
  message?: string;
}

/** Fills the new-payment form (already open) with a valid NOK payment from the operating account. */
export async function fillPayment(page: Page, { creditor, amount = '123,45', message }: NewPayment): Promise<void> {
  await page.getByLabel('Debit account').selectOption(`${operatingAccount.companyId}/${operatingAccount.accountNo}`);
  await page.getByRole('textbox', { name: 'Creditor name' }).fill(creditor);
  await page.getByRole('textbox', { name: 'Credit account number' }).fill(creditAccountNo);
  await page.getByRole('textbox', { name: 'Amount' }).fill(amount);
  if (message !== undefined) await page.getByRole('textbox', { name: /^Message/ }).fill(message);
}

/** The rows of the operating company's payment list that pay this creditor. */
export async function paymentRowsFor(page: Page, creditor: string) {
  await page.goto(`/payments?company=${operatingAccount.companyId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  return page.getByRole('row').filter({ hasText: creditor });
}
