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

async function totalShown(page: Page): Promise<number> {
  const text = (await range(page).textContent()) ?? '';
  const match = /of ([\d,]+)$/.exec(text);
  if (!match?.[1]) throw new Error(`no total in "${text}"`);
  return Number(match[1].replace(/,/g, ''));
}

test('the statement follows the date filter, and the request carries the dates', async ({ page }) => {
  const requests = statementRequests(page);
  await signInAsDemo(page);
  await openOperatingAccount(page);

  // The account's facts at the top.
  await expect(page.getByText('NO6412074123455')).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: /NOK/ })).toBeVisible();

  // By default: the last 30 days, in the request and in the form.
  const toDate = await page.getByLabel('To date').inputValue();
  const defaultFrom = addDays(toDate, -29);
  await expect(page.getByLabel('From date')).toHaveValue(defaultFrom);
  await expect(range(page)).toHaveText(/^Showing 1–\d+ of \d+$/);
  const first = requests.at(-1);
  expect(first?.searchParams.get('accountNo')).toBe(operatingAccount.accountNo);
  expect(first?.searchParams.get('fromDate')).toBe(defaultFrom);
  expect(first?.searchParams.get('toDate')).toBe(toDate);
  expect(first?.searchParams.get('take')).toBe('50');
  const monthTotal = await totalShown(page);
  const rowsBefore = await page.getByRole('row').count();

  // One week, booked only.
  const weekFrom = addDays(toDate, -6);
  await page.getByLabel('From date').fill(weekFrom);
  await page.getByRole('combobox', { name: 'State', exact: true }).selectOption({ label: 'Booked' });
  await page.getByRole('button', { name: 'Show transactions' }).click();

  await expect.poll(() => requests.some((url) => url.searchParams.get('fromDate') === weekFrom)).toBe(true);
  const week = requests.find((url) => url.searchParams.get('fromDate') === weekFrom);
  expect(week?.searchParams.get('toDate')).toBe(toDate);
  expect(week?.searchParams.get('state')).toBe('Booked');
  expect(week?.searchParams.get('skip')).toBe('0');
  await expect.poll(() => totalShown(page)).toBeLessThan(monthTotal);
  expect(await page.getByRole('row').count()).toBeLessThan(rowsBefore);
  await expect(page.getByRole('cell', { name: 'Pending', exact: true })).toHaveCount(0);

  // The filter is in the address, so a reload keeps it.
  expect(new URL(page.url()).searchParams.get('fromDate')).toBe(weekFrom);
  const weekTotal = await totalShown(page);
  await page.reload();
  await expect(page.getByLabel('From date')).toHaveValue(weekFrom);
  await expect(page.getByRole('combobox', { name: 'State', exact: true })).toHaveValue('Booked');
  await expect(range(page)).toHaveText(new RegExp(`of ${weekTotal}$`));
});

test('Next and Previous page through 50 at a time, and the page is kept in the address', async ({ page }) => {
  const requests = statementRequests(page);
  await signInAsDemo(page);
  await openOperatingAccount(page);

  // 90 days hold all 180 transactions of the account: four pages.
  const toDate = await page.getByLabel('To date').inputValue();
  await page.getByLabel('From date').fill(addDays(toDate, -89));
  await page.getByRole('button', { name: 'Show transactions' }).click();
  await expect(range(page)).toHaveText('Showing 1–50 of 180');
  await expect(page.getByRole('button', { name: 'Previous' })).toBeDisabled();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(51);

  const next = page.getByRole('button', { name: 'Next' });
  await next.click();
  await expect(range(page)).toHaveText('Showing 51–100 of 180');
  expect(requests.at(-1)?.searchParams.get('skip')).toBe('50');
  expect(new URL(page.url()).searchParams.get('skip')).toBe('50');

  await next.click();
  await next.click();
  await expect(range(page)).toHaveText('Showing 151–180 of 180');
  expect(requests.at(-1)?.searchParams.get('skip')).toBe('150');
  await expect(next).toBeDisabled();
  // The focus stays on the pager instead of falling back to the page.
  await expect(page.getByRole('button', { name: 'Previous' })).toBeFocused();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(31);

  // A reload starts with an empty cache: Previous must ask the API for skip=100.
  await page.reload();
  await expect(range(page)).toHaveText('Showing 151–180 of 180');
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(range(page)).toHaveText('Showing 101–150 of 180');
  expect(requests.at(-1)?.searchParams.get('skip')).toBe('100');

  // Back goes to the previous page of the statement.
  await page.goBack();
  await expect(range(page)).toHaveText('Showing 151–180 of 180');
});

test('a From date after the To date is refused beside the field, and nothing is requested', async ({ page }) => {
  const requests = statementRequests(page);
  await signInAsDemo(page);
  await openOperatingAccount(page);
  await expect(range(page)).toBeVisible();
  const sent = requests.length;
  const address = page.url();

  const toDate = await page.getByLabel('To date').inputValue();
  await page.getByLabel('From date').fill(toDate);
  await page.getByLabel('To date').fill(addDays(toDate, -3));
  await page.getByRole('button', { name: 'Show transactions' }).click();

  const from = page.getByLabel('From date');
  await expect(from).toHaveAccessibleDescription('From date must be on or before To date.');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(from).toBeFocused();
  expect(requests).toHaveLength(sent);
  expect(page.url()).toBe(address);

  // A cleared date is asked for.
  await page.getByLabel('To date').fill('');
  await page.getByRole('button', { name: 'Show transactions' }).click();
  await expect(page.getByLabel('To date')).toHaveAccessibleDescription('Enter a date.');
});
