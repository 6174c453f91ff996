import { expect, test, type Locator, type Page } from '@playwright/test';
import { sandbox } from './sandboxes.ts';
import { openExplorerSection } from './explorer-nav.ts';
import { chooseCustomEnvironment } from './sign-in.ts';

async function openGrants(page: Page): Promise<Locator> {
  await openExplorerSection(page, 'Server-side grants');
  const grants = page.getByRole('region', { name: 'Server-side grants' });
  await expect(grants).toBeVisible();
  return grants;
}

test('client_credentials runs against the sandbox and shows the token response, token masked until revealed', async ({ page }) => {
  const grants = await openGrants(page);
  const grant = grants.getByRole('region', { name: 'client_credentials', exact: true });
  await expect(grant).toContainText('RFC 10017 §6.3.3.1');
  await expect(grant.getByRole('textbox', { name: 'Scope (client_credentials)' })).toHaveValue('bankservice');
  await grant.getByRole('button', { name: 'Request a token (client_credentials)' }).click();

  const response = grant.locator('pre');
  await expect(grant.getByText('HTTP 200', { exact: true })).toBeVisible();
  await expect(response).toContainText('"token_type": "Bearer"');
  await expect(response).toContainText('"scope": "bankservice"');
  await expect(response).not.toContainText('eyJ');
  await expect(grant.getByText(/^expires_in 3600: the access token is valid for 1 hour, until/)).toBeVisible();

  await grant.getByRole('button', { name: 'Reveal' }).click();
  await expect(grant.getByRole('button', { name: 'Reveal' })).toHaveAttribute('aria-pressed', 'true');
  await expect(response).toContainText('"access_token": "eyJ');
});

test('password runs against the sandbox with the demo user, and a wrong password is refused in an alert', async ({ page }) => {
  const grants = await openGrants(page);
  const grant = grants.getByRole('region', { name: 'password', exact: true });
  await expect(grant).toContainText('RFC 9700 §2.4');
  await expect(grant.getByRole('textbox', { name: 'Username' })).toHaveValue('demo');
  const password = grant.getByLabel('Password', { exact: true });
  await expect(password).toHaveValue('demo');

  await password.fill('not-the-password');
  await grant.getByRole('button', { name: 'Request a token (password)' }).click();
  await expect(grant.getByRole('alert')).toContainText('The identity server refused: invalid_grant.');

  await password.fill('demo');
  await grant.getByRole('button', { name: 'Request a token (password)' }).click();
  await expect(grant.getByText('HTTP 200', { exact: true })).toBeVisible();
  await expect(grant.locator('pre')).toContainText('"token_type": "Bearer"');
  await expect(grant.getByRole('alert')).toHaveCount(0);
});

test('outside the local sandbox there is nothing to run, only the reasons and a pointer to the snippets', async ({ page }) => {
  // Aritma environments need a client ID from the build; a custom environment is just as much "not the sandbox".
  await chooseCustomEnvironment(page, sandbox);
  const grants = await openGrants(page);
  await expect(grants.getByText('For Aritma environments these grants are shown as snippets only (see Code snippets)')).toBeVisible();
  await expect(grants.getByRole('button', { name: /Request a token/ })).toHaveCount(0);
  await expect(grants.getByRole('region', { name: 'password', exact: true })).toContainText('MUST NOT');
});
