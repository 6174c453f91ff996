import { execFileSync } from 'node:child_process';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openExplorerSection } from './explorer-nav.ts';

const grants = ['client_credentials', 'authorization_code', 'password', 'implicit', 'API call'] as const;

/** What each language's snippet is recognisably written in. */
const languages: [name: string, marker: RegExp][] = [
  ['cURL', /^curl -sS /m],
  ['C#', /new (HttpClient|Dictionary<string, string>)\(?/],
  ['Java', /OkHttpClient|HttpUrl\.parse/],
  ['JavaScript', /fetch\(|new URL\(/],
  ['Python', /^import (requests|secrets)$/m],
];

async function openSnippets(page: Page): Promise<Locator> {
  await page.goto('/');
  await openExplorerSection(page, 'Code snippets');
  const snippets = page.getByRole('region', { name: 'Code snippets' });
  await expect(snippets).toBeVisible();
  return snippets;
}

const snippetOf = (snippets: Locator) => snippets.getByRole('tabpanel').locator('pre');

test('every grant renders in every language, filled in for the sandbox', async ({ page }) => {
  const snippets = await openSnippets(page);
  for (const grant of grants) {
    await snippets.getByRole('radio', { name: grant, exact: true }).check();
    for (const [language, marker] of languages) {
      await snippets.getByRole('tab', { name: language, exact: true }).click();
      await expect(snippets.getByRole('tab', { name: language, exact: true })).toHaveAttribute('aria-selected', 'true');
      await expect(snippets.getByRole('tabpanel', { name: language, exact: true })).toBeVisible();
      const snippet = snippetOf(snippets);
      await expect(snippet).toHaveText(marker);
      await expect(snippet).toContainText(grant === 'API call' ? 'http://localhost:5002/api/v3/accounts/COMPANY_ID' : 'http://localhost:5001/connect/');
      if (grant !== 'API call' && grant !== 'implicit') await expect(snippet).toContainText(grant);
    }
  }
});

test('the language tabs work with the arrow keys', async ({ page }) => {
  const snippets = await openSnippets(page);
  await snippets.getByRole('tab', { name: 'cURL' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(snippets.getByRole('tab', { name: 'C#' })).toBeFocused();
  await expect(snippets.getByRole('tab', { name: 'C#' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(snippets.getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(snippets.getByRole('tab', { name: 'cURL' })).toHaveAttribute('aria-selected', 'true');
  await expect(snippetOf(snippets)).toContainText('curl -sS');
});

test('the cURL client_credentials snippet, secrets shown, gets a token from the sandbox when run by a shell', async ({ page }) => {
  const snippets = await openSnippets(page);
  await snippets.getByRole('radio', { name: 'client_credentials', exact: true }).check();
  await snippets.getByRole('tab', { name: 'cURL', exact: true }).click();
  await expect(snippetOf(snippets)).toContainText('-H \'Content-Type: application/x-www-form-urlencoded\'');
  await expect(snippetOf(snippets)).toContainText('client_secret=$CLIENT_SECRET');
  await expect(snippetOf(snippets)).not.toContainText('sandbox-secret');

  const showSecrets = snippets.getByRole('button', { name: 'Show secrets' });
  await expect(showSecrets).toHaveAttribute('aria-pressed', 'false');
  await showSecrets.click();
  await expect(showSecrets).toHaveAttribute('aria-pressed', 'true');
  await expect(snippetOf(snippets)).toContainText('client_secret=sandbox-secret');

  const snippet = (await snippetOf(snippets).textContent()) ?? '';
  const output = execFileSync('sh', ['-c', snippet], { encoding: 'utf8', timeout: 15_000 });
  const response = JSON.parse(output) as { access_token?: unknown; token_type?: unknown };
  expect(typeof response.access_token).toBe('string');
  expect(response.token_type).toBe('Bearer');
});

test('Copy puts the snippet on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const snippets = await openSnippets(page);
  await snippets.getByRole('tab', { name: 'Python', exact: true }).click();
  await snippets.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(snippets.getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await snippetOf(snippets).textContent());
});
