import { expect, test, type Page } from '@playwright/test';
import { addDays, openOperatingAccount, operatingAccount } from './banking.ts';
import { signInAsDemo } from './sign-in.ts';

/** Every statement request the page sends, as URLs. */
function statementRequests(page: Page): URL[] {
  const requests: URL[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.method() === 'GET' && url.pathname === `/api/v3/statements/${operatingAccount.companyId}`) requests.push(url);
  });
  return requests;
}

const range = (page: Page) => page.getByRole('navigation', { name: 'Pages' }).getByRole('status');
const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

test('the statement asks with the documented filters: account, both dates as date-times, state; no paging parameters', async ({ page }) => {
  const requests = statementRequests(page);
  await signInAsDemo(page);
  await openOperatingAccount(page);

  // By default: the last 30 days, sent as Oslo date-times from the first to the last second.
  const toDate = await page.getByLabel('To date').inputValue();
  await expect(page.getByLabel('From date')).toHaveValue(addDays(toDate, -29));
  await expect(range(page)).toHaveText(/^Showing 1–\d+ of \d+$/);
  const first = requests.at(-1);
  expect(first?.searchParams.get('accountNo')).toBe(operatingAccount.accountNo);
  expect(first?.searchParams.get('fromDate')).toMatch(dateTime);
  expect(first?.searchParams.get('fromDate')).toMatch(new RegExp(`^${addDays(toDate, -29)}T00:00:00`));
  expect(first?.searchParams.get('toDate')).toMatch(new RegExp(`^${toDate}T23:59:59`));
  expect([...(first?.searchParams.keys() ?? [])].sort()).toEqual(['accountNo', 'fromDate', 'toDate']);

  // A state, and only one date: refused beside the field, since the API takes both dates or neither.
  const sent = requests.length;
  await page.getByLabel('To date').fill('');
  await page.getByRole('button', { name: 'Show entries' }).click();
  await expect(page.getByLabel('To date')).toHaveAccessibleDescription(/Give both dates, or neither\./);
  expect(requests).toHaveLength(sent);

  await page.getByLabel('From date').fill('');
  await page.getByRole('combobox', { name: 'Statement state' }).selectOption({ label: 'State 0' });
  await page.getByRole('button', { name: 'Show entries' }).click();
  await expect.poll(() => requests.at(-1)?.searchParams.get('state')).toBe('0');
  expect(requests.at(-1)?.searchParams.has('fromDate')).toBe(false);
  expect(requests.at(-1)?.searchParams.has('toDate')).toBe(false);

  // The filter is in the address, so a reload keeps it.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Statement state' })).toHaveValue('0');
  await expect(page.getByLabel('From date')).toHaveValue('');
});

test('entries show both dates, amount and currency, references and codes, with null fields as dashes; paging is the app’s', async ({ page }) => {
  test.slow();
  const requests = statementRequests(page);
  await signInAsDemo(page);
  await openOperatingAccount(page);
  await expect(range(page)).toBeVisible();

  // Every date: the account's 110 entries, in pages of 50 cut by the app from one answer.
  await page.getByLabel('From date').fill('');
  await page.getByLabel('To date').fill('');
  await page.getByRole('button', { name: 'Show entries' }).click();
  await expect(range(page)).toHaveText('Showing 1–50 of 110');
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText([
    'Booking date',
    'Value date',
    'Amount',
    'Currency',
    'Description',
    'Name',
    'References',
    'Bank transaction codes',
    'Transactions',
  ]);

  // The bank's fees come without a description or a transaction code; some entries without AmountCurrency.
  const rows = table.locator('tbody tr');
  const descriptions = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[4]?.textContent ?? ''));
  const codes = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[7]?.textContent ?? ''));
  const currencies = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[3]?.textContent ?? ''));
  const nullRow = descriptions.findIndex((text, index) => text === '—' && codes[index] === '—');
  expect(nullRow).toBeGreaterThanOrEqual(0);
  expect(currencies).toContain('—');
  expect(currencies).toContain('NOK');
  const cells = rows.nth(nullRow).getByRole('cell');
  await expect(cells.nth(0)).not.toHaveText('—');
  await expect(cells.nth(1)).not.toHaveText('—');
  await expect(cells.nth(2)).toHaveText(/NOK/);
  await expect(cells.nth(8)).toHaveText(/^\d+$/);
  // The archive reference is required and always there; the other references may be dashes.
  await expect(rows.nth(nullRow).getByRole('definition').first()).toHaveText(/^\d+$/);

  const sent = requests.length;
  const next = page.getByRole('button', { name: 'Next' });
  await next.click();
  await expect(range(page)).toHaveText('Showing 51–100 of 110');
  await next.click();
  await expect(range(page)).toHaveText('Showing 101–110 of 110');
  await expect(next).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Previous' })).toBeFocused();
  await expect(table.locator('tbody tr')).toHaveCount(10);
  expect(requests).toHaveLength(sent);

  // The page is in the address: a reload and Back keep it.
  await page.reload();
  await expect(range(page)).toHaveText('Showing 101–110 of 110');
  await page.goBack();
  await expect(range(page)).toHaveText('Showing 51–100 of 110');
});
