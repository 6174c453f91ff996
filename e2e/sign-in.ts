import { expect, type Page } from '@playwright/test';
import { showAccounts } from './banking.ts';

export const demoUser = { username: 'demo', password: 'demo' };

/** From the app's signed-out page to the identity server's login form. */
export async function startSignIn(page: Page): Promise<void> {
  if (page.url() === 'about:blank') await page.goto('/');
  await expect(page.getByRole('radio', { name: 'Authorization code + PKCE' })).toBeChecked();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('textbox', { name: 'Username' })).toBeVisible();
}

export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Username' }).fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The whole sign-in as the demo user, ending on the accounts page (adding the demo company when the browser knows none). */
export async function signInAsDemo(page: Page): Promise<void> {
  await signInAs(page, demoUser);
}

/** The whole sign-in as a sandbox user, ending on the accounts page. */
export async function signInAs(page: Page, user: { username: string; password: string }, companyId?: string): Promise<void> {
  await startSignIn(page);
  await submitLogin(page, user.username, user.password);
  await page.getByRole('button', { name: 'Allow' }).click();
  await showAccounts(page, companyId);
}

/** Points the app at another OpenID provider and API through the Custom environment, as a user would. */
export async function chooseCustomEnvironment(page: Page, environment: { authority: string; apiBaseUrl: string; scope?: string }): Promise<void> {
  if (page.url() === 'about:blank') await page.goto('/');
  await page.getByRole('combobox', { name: 'Environment' }).selectOption({ label: 'Custom' });
  await page.getByRole('textbox', { name: 'Authority' }).fill(environment.authority);
  await page.getByRole('textbox', { name: 'Client ID' }).fill('open-banking-explorer');
  await page.getByRole('textbox', { name: 'Scope' }).fill(environment.scope ?? 'openid profile email offline_access bankservice');
  await page.getByRole('textbox', { name: 'API base URL' }).fill(environment.apiBaseUrl);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Custom' })).toBeVisible();
}
