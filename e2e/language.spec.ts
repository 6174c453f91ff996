import { expect, test } from '@playwright/test';
import { signInAsDemo } from './sign-in.ts';

test('Norsk bokmål changes headings, navigation and number formats, and is kept after a reload', async ({ page }) => {
  await signInAsDemo(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const balance = page.getByRole('row').filter({ hasText: '12074123455' }).getByRole('cell').nth(5);
  await expect(balance).toHaveText(/^NOK\s[\d,]+\.\d{2}$/);

  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Norsk bokmål' });

  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('heading', { level: 1, name: 'Kontoer' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
  await expect(nav.getByRole('link')).toHaveText(['Kontoer', 'Betalinger', 'Profil', 'Utforsker']);
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
  // Norwegian money: a space between thousands, a decimal comma, "kr" after.
  await expect(balance).toHaveText(/^[\d\s\u00a0]+,\d{2}\s?kr$/);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('combobox', { name: 'Språk' })).toHaveValue('nb');
  await expect(page.getByRole('heading', { level: 1, name: 'Kontoer' })).toBeVisible();

  await nav.getByRole('link', { name: 'Betalinger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Betalinger' })).toBeVisible();
  await expect(page).toHaveTitle(/^Betalinger – /);
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Fullført' });
  await expect(page.getByRole('cell', { name: 'Fullført' }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Completed' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Ny betaling' })).toBeVisible();
});
