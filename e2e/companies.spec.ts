import { expect, test, type Page } from '@playwright/test';
import { addCompany, demoCompanies, foreignCompany } from './banking.ts';
import { demoUser, startSignIn, submitLogin } from './sign-in.ts';

/** Signs in as the demo user in a fresh browser, which knows no company yet. */
async function signInFresh(page: Page): Promise<void> {
  await startSignIn(page);
  await submitLogin(page, demoUser.username, demoUser.password);
  await page.getByRole('button', { name: 'Allow' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Which company?' })).toBeVisible();
}

/** Every accounts request the page sends, by company id. */
function accountRequests(page: Page): string[] {
  const ids: string[] = [];
  page.on('request', (request) => {
    const match = /^\/api\/v3\/accounts\/([^/]+)$/.exec(new URL(request.url()).pathname);
    if (request.method() === 'GET' && match?.[1]) ids.push(decodeURIComponent(match[1]));
  });
  return ids;
}

test('a fresh sign-in asks for a company; a malformed id is refused before anything is sent', async ({ page }) => {
  const requests = accountRequests(page);
  await signInFresh(page);
  const companyId = page.getByRole('textbox', { name: 'Company ID' });

  await addCompany(page, '100001');
  await expect(page.getByRole('alert')).toContainText('That is not a company ID');
  await expect(companyId).toHaveAttribute('aria-invalid', 'true');
  await expect(companyId).toBeFocused();
  expect(requests).toEqual([]);
});

test('a company the user may not see, and one that does not exist, each get their own message and are not kept', async ({ page }) => {
  const requests = accountRequests(page);
  await signInFresh(page);

  await addCompany(page, foreignCompany);
  await expect(page.getByRole('alert')).toContainText('You are not allowed to see this company');
  expect(requests).toEqual([foreignCompany]);

  await addCompany(page, '00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('alert')).toContainText('No company with this ID was found');

  // Neither was remembered.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Which company?' })).toBeVisible();
});

test('a good company id shows its accounts, is remembered across reloads, and companies can be switched and removed', async ({ page }) => {
  test.slow();
  const requests = accountRequests(page);
  await signInFresh(page);

  await addCompany(page, demoCompanies.nordlys.toUpperCase());
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(4);
  expect(requests).toContain(demoCompanies.nordlys);

  // Account number (a link to its statement), aliases, BIC, currency, ledger, readiness; no invented name or balance.
  await expect(table.getByRole('columnheader')).toHaveText(['Account number', 'IBAN and other aliases', 'BIC', 'Currency', 'Ledger', 'Ready for payments']);
  const operating = table.getByRole('row').filter({ hasText: '12074123455' });
  await expect(operating.getByRole('link', { name: '12074123455' })).toHaveAttribute('href', `/companies/${demoCompanies.nordlys}/accounts/12074123455`);
  await expect(operating).toContainText('IBAN NO');
  await expect(operating).toContainText('DNBANOKK');
  await expect(operating).toContainText('1920');
  await expect(operating.getByRole('cell').last()).toHaveText('Yes');
  // A ledger the API sends as null shows as a dash.
  await expect(table.getByRole('row').filter({ hasText: '12074455660' }).getByRole('cell').nth(4)).toHaveText('—');
  await expect(page.getByText(/balance|saldo/i)).toHaveCount(0);

  await page.reload();
  await expect(table.getByRole('row')).toHaveCount(4);

  // A second company, then switching back.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Companies' }).click();
  await addCompany(page, demoCompanies.fjordtre);
  await expect(page.getByRole('status').filter({ hasText: `Company ${demoCompanies.fjordtre} added.` })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
  await expect(table.getByRole('row').filter({ hasText: '15032877114' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Company' }).selectOption(demoCompanies.nordlys);
  await expect(table.getByRole('row').filter({ hasText: '12074123455' })).toBeVisible();

  // Removing both brings the question back.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Companies' }).click();
  await page.getByRole('button', { name: `Remove ${demoCompanies.nordlys}` }).click();
  await page.getByRole('button', { name: `Remove ${demoCompanies.fjordtre}` }).click();
  await expect(page.getByText('You have not added any companies in this environment yet.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Which company?' })).toBeVisible();
});
