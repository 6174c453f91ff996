import { expect, type Page } from '@playwright/test';

export const demoUser = { username: 'demo', password: 'demo' };

/** From the app's signed-out page to the sandbox identity server's login form. */
export async function startSignIn(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('radio', { name: 'Authorization code + PKCE' })).toBeChecked();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('textbox', { name: 'Username' })).toBeVisible();
}

export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Username' }).fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The whole sign-in as the demo user, ending on the accounts page. */
export async function signInAsDemo(page: Page): Promise<void> {
  await startSignIn(page);
  await submitLogin(page, demoUser.username, demoUser.password);
  await page.getByRole('button', { name: 'Allow' }).click();
  await expect(page.getByRole('heading', { name: 'Accounts' })).toBeVisible();
}
