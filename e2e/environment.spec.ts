import { expect, test } from '@playwright/test';

test('the custom environment form names each invalid field', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Environment' }).selectOption({ label: 'Custom' });
  await page.getByRole('textbox', { name: 'Authority' }).fill('http://id.example.com');
  await page.getByRole('textbox', { name: 'Client ID' }).fill('');
  await page.getByRole('textbox', { name: 'Scope' }).fill('openid "bad"');
  await page.getByRole('textbox', { name: 'API base URL' }).fill('not a url');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('textbox', { name: 'Authority' })).toHaveAccessibleDescription(/plain http is allowed only for localhost/);
  await expect(page.getByRole('textbox', { name: 'Client ID' })).toHaveAccessibleDescription(/Enter the client ID/);
  await expect(page.getByRole('textbox', { name: 'Scope' })).toHaveAccessibleDescription(/quotes/);
  await expect(page.getByRole('textbox', { name: 'API base URL' })).toHaveAccessibleDescription(/Enter a full URL/);
  await expect(page.getByRole('textbox', { name: 'Authority' })).toBeFocused();
});

test('a saved custom environment is kept across reloads', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Environment' }).selectOption({ label: 'Custom' });
  await page.getByRole('textbox', { name: 'Authority' }).fill('http://localhost:5001/');
  await page.getByRole('textbox', { name: 'Client ID' }).fill('open-banking-explorer');
  await page.getByRole('textbox', { name: 'Scope' }).fill('openid  bankservice');
  await page.getByRole('textbox', { name: 'API base URL' }).fill('http://localhost:5002');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Custom' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Environment' })).toHaveValue('custom');
  await expect(page.getByRole('textbox', { name: 'Authority' })).toHaveValue('http://localhost:5001');
  await expect(page.getByRole('textbox', { name: 'Scope' })).toHaveValue('openid bankservice');
});

test('an Aritma environment without a client ID in the build says so instead of signing in', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Environment' }).selectOption({ label: 'Aritma production' });
  await expect(page.getByText('No client ID is configured for Aritma production')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in' })).toHaveCount(0);
});
