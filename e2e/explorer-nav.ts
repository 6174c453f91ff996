import { expect, type Page } from '@playwright/test';
import { demoUser, startSignIn, submitLogin } from './sign-in.ts';

/** The explorer's sections: link and heading name, and address. */
export const explorerSections = [
  ['Discovery', '/explorer/discovery'],
  ['Authorization request', '/explorer/request'],
  ['Timeline', '/explorer/timeline'],
  ['Token response', '/explorer/token'],
  ['JWT inspector', '/explorer/jwt'],
  ['Code snippets', '/explorer/snippets'],
  ['Sequence diagram', '/explorer/diagram'],
  ['Compliance', '/explorer/compliance'],
  ['Server-side grants', '/explorer/grants'],
  ['Learn', '/explorer/learn'],
] as const;
export type ExplorerSection = (typeof explorerSections)[number][0];

/** From anywhere in the app to one section of the explorer, by its links, as a person would. */
export async function openExplorerSection(page: Page, section: ExplorerSection): Promise<void> {
  if (page.url() === 'about:blank') await page.goto('/');
  const sections = page.getByRole('navigation', { name: 'Explorer sections' });
  if (!(await sections.isVisible())) await page.getByRole('link', { name: 'Explorer', exact: true }).click();
  await sections.getByRole('link', { name: section, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
}

/** A sign-in as the demo user that ends when the app says it is signed in (whatever page it lands on). */
export async function signIn(page: Page, flow: 'Authorization code + PKCE' | 'Implicit' = 'Authorization code + PKCE'): Promise<void> {
  if (page.url() === 'about:blank') await page.goto('/');
  if (flow === 'Implicit') {
    await page.getByRole('radio', { name: 'Implicit', exact: true }).check();
    await page.getByRole('button', { name: 'Sign in' }).click();
  } else await startSignIn(page);
  await submitLogin(page, demoUser.username, demoUser.password);
  await page.getByRole('button', { name: 'Allow' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}
