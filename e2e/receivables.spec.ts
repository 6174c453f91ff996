import { expect, test } from '@playwright/test';
import { operatingAccount } from './banking.ts';
import { signInAsDemo } from './sign-in.ts';

test('receivables (incoming payments) are listed by state, with skip and take sent and the state by name', async ({ page }) => {
  const requests: URL[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith(`/api/v3/receivables/${operatingAccount.companyId}/`)) requests.push(url);
  });
  await signInAsDemo(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Receivables' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Receivables' })).toBeVisible();

  const state = page.getByRole('combobox', { name: 'State' });
  await expect(state).toHaveValue('0');
  const table = page.getByRole('table');
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  expect(requests.at(-1)?.pathname).toBe(`/api/v3/receivables/${operatingAccount.companyId}/0`);
  expect(requests.at(-1)?.searchParams.get('skip')).toBe('0');
  expect(requests.at(-1)?.searchParams.get('take')).toBe('50');

  await state.selectOption({ label: 'Transferred' });
  await expect.poll(() => requests.at(-1)?.pathname).toBe(`/api/v3/receivables/${operatingAccount.companyId}/1`);
  await expect(table).toHaveAccessibleName('Receivables in the state Transferred');
  const rows = table.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  await expect(page.getByRole('navigation', { name: 'Pages' }).getByRole('status')).toHaveText(new RegExp(`^Showing 1–${count} of ${count}$`));
  // Every row credits an account of the company, in a documented type.
  for (const type of await rows.evaluateAll((trs) => trs.map((tr) => tr.children[12]?.textContent ?? ''))) expect(['Payment', 'Charge']).toContain(type);
  expect(new URL(page.url()).searchParams.get('state')).toBe('1');

  await state.selectOption({ label: 'Error' });
  await expect.poll(() => requests.at(-1)?.pathname).toBe(`/api/v3/receivables/${operatingAccount.companyId}/2`);
  await expect(table.or(page.getByText('No receivables in this state.'))).toBeVisible();
});
