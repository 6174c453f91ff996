import { expect, test } from '@playwright/test';
import { openOperatingAccount } from './banking.ts';
import { signInAsDemo } from './sign-in.ts';

test('Norsk bokmål changes headings, navigation and number formats, and is kept after a reload', async ({ page }) => {
  await signInAsDemo(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await openOperatingAccount(page);
  const amount = page.getByRole('table').locator('tbody tr').first().getByRole('cell').nth(2);
  await expect(amount).toHaveText(/^-?NOK\s[\d,]+\.\d{2}$/);

  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Norsk bokmål' });

  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('heading', { level: 1, name: 'Kontoutskrift for 12074123455' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
  await expect(nav.getByRole('link')).toHaveText(['Kontoer', 'Innbetalinger', 'Betalinger', 'Selskaper', 'Profil', 'Utforsker']);
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
  // Norwegian money: a space between thousands, a decimal comma, "kr" after.
  await expect(amount).toHaveText(/^[-−]?[\d\s\u00a0]+,\d{2}\s?kr$/);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('combobox', { name: 'Språk' })).toHaveValue('nb');

  await nav.getByRole('link', { name: 'Kontoer', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kontoer' })).toBeVisible();
  await nav.getByRole('link', { name: 'Betalinger', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Betalinger' })).toBeVisible();
  await expect(page).toHaveTitle(/^Betalinger – /);
  await expect(page.getByRole('link', { name: 'Ny betaling' })).toBeVisible();
  await nav.getByRole('link', { name: 'Innbetalinger', exact: true }).click();
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Overført' });
  await expect(page.getByRole('table')).toHaveAccessibleName('Innbetalinger med statusen Overført');
});
