import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { openExplorerSection } from './explorer-nav.ts';

test('the JavaScript DPoP client_credentials snippet, secrets shown, gets a DPoP-bound token from the sandbox when run by Node', async ({ page }) => {
  test.slow();
  await openExplorerSection(page, 'Code snippets');
  const snippets = page.getByRole('region', { name: 'Code snippets' });
  await snippets.getByRole('radio', { name: 'client_credentials', exact: true }).check();
  await snippets.getByRole('tab', { name: 'JavaScript', exact: true }).click();

  const dpop = snippets.getByRole('button', { name: 'DPoP variant' });
  await expect(dpop).toHaveAttribute('aria-pressed', 'false');
  await dpop.click();
  await expect(dpop).toHaveAttribute('aria-pressed', 'true');
  await expect(snippets.getByText('Libraries: jose (JavaScript)')).toBeVisible();
  await snippets.getByRole('button', { name: 'Show secrets' }).click();
  const snippet = snippets.getByRole('tabpanel').locator('pre');
  await expect(snippet).toContainText('import { exportJWK, generateKeyPair, SignJWT } from "jose";');
  await expect(snippet).toContainText('sandbox-secret');

  // Run from the project root, so `jose` resolves from its node_modules as it would in a reader's project.
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', (await snippet.textContent()) ?? ''], { encoding: 'utf8', timeout: 15_000 });
  const response = JSON.parse(output) as { access_token?: string; token_type?: unknown };
  expect(response.token_type).toBe('DPoP');
  const claims = JSON.parse(Buffer.from(response.access_token?.split('.')[1] ?? '', 'base64url').toString()) as { cnf?: { jkt?: unknown } };
  expect(claims.cnf?.jkt).toEqual(expect.any(String));
});

test('the DPoP variant is offered only for the token requests that have one', async ({ page }) => {
  await openExplorerSection(page, 'Code snippets');
  const snippets = page.getByRole('region', { name: 'Code snippets' });
  for (const grant of ['password', 'implicit', 'API call']) {
    await snippets.getByRole('radio', { name: grant, exact: true }).check();
    await expect(snippets.getByRole('button', { name: 'DPoP variant' })).toHaveCount(0);
  }
  await snippets.getByRole('radio', { name: 'authorization_code', exact: true }).check();
  await expect(snippets.getByRole('button', { name: 'DPoP variant' })).toBeVisible();
});
