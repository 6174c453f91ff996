import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { openExplorerSection, signIn } from './explorer-nav.ts';
import { demoUser, submitLogin } from './sign-in.ts';

const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

test('the explorer is its own chunk, fetched only when opened, and works signed out', async ({ page }) => {
  const explorerModules: string[] = [];
  page.on('request', (request) => {
    if (/\/features\/explorer\/|ExplorerPage/.test(request.url())) explorerModules.push(request.url());
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(explorerModules).toEqual([]);

  await page.getByRole('link', { name: 'Explorer', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Flow explorer' })).toBeVisible();
  expect(explorerModules.length).toBeGreaterThan(0);
  for (const section of ['Discovery', 'Authorization request', 'Token response', 'JWT inspector', 'Code snippets'] as const) {
    await openExplorerSection(page, section);
  }
});

test('discovery shows the sandbox’s endpoints and keys, and what to worry about', async ({ page }) => {
  await page.goto('/explorer');
  const discovery = page.getByRole('region', { name: 'Discovery' });
  await expect(discovery.getByRole('row', { name: /token_endpoint/ })).toContainText('http://localhost:5001/connect/token');
  await expect(discovery.getByRole('row', { name: /authorization_endpoint/ })).toContainText('http://localhost:5001/connect/authorize');
  await expect(discovery.getByRole('row', { name: /code_challenge_methods_supported/ })).toContainText('S256');
  await expect(discovery.getByText('The implicit flow is offered')).toBeVisible();
  await expect(discovery.getByRole('table', { name: 'Signing keys (JWKS)' }).getByRole('cell', { name: 'RS256' })).toBeVisible();
});

test('the built request is the one the app sends for a code sign-in, and its challenge is the S256 of the verifier shown', async ({ page }) => {
  await page.goto('/explorer/request');
  const builder = page.getByRole('region', { name: 'Authorization request' });
  const built = new URL((await builder.locator('pre.request-url').textContent()) ?? '');
  const verifier = await builder.getByRole('textbox', { name: 'Code verifier' }).inputValue();
  expect(built.searchParams.get('code_challenge')).toBe(s256(verifier));
  await expect(builder.getByRole('textbox', { name: 'Code challenge (S256)' })).toHaveValue(s256(verifier));

  const sent = page.waitForRequest((request) => new URL(request.url()).pathname === '/connect/authorize');
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const actual = new URL((await sent).url());
  const random = new Set(['state', 'nonce', 'code_challenge']);
  const fixed = (url: URL) => [...url.searchParams].filter(([name]) => !random.has(name)).sort();
  expect(fixed(built)).toEqual(fixed(actual));
  expect([...built.searchParams.keys()].sort()).toEqual([...actual.searchParams.keys()].sort());
  expect(built.origin + built.pathname).toBe(actual.origin + actual.pathname);
});

test('the timeline lists the real exchanges of a sign-in, with secrets masked until revealed', async ({ page }) => {
  await signIn(page);
  await openExplorerSection(page, 'Timeline');
  const timeline = page.getByRole('list', { name: 'Timeline' });
  for (const step of ['Discovery', 'Authorization request', 'Authorization response', 'Token request', 'Userinfo']) {
    await expect(timeline.getByText(step, { exact: true }).first()).toBeVisible();
  }
  const tokenRequest = timeline.getByRole('listitem').filter({ hasText: 'Token request' }).first();
  await tokenRequest.locator('summary').click();
  const codeRow = tokenRequest.getByRole('table', { name: 'Sent' }).getByRole('row', { name: /^code / });
  await expect(codeRow).toContainText('…');
  await codeRow.getByRole('button', { name: 'Reveal' }).click();
  await expect(codeRow.getByRole('button', { name: 'Reveal' })).toHaveAttribute('aria-pressed', 'true');
  await expect(codeRow).not.toContainText('…');
  const receivedToken = tokenRequest.getByRole('table', { name: 'Received' }).getByRole('row', { name: /^access_token / });
  await expect(receivedToken).toContainText('…');
  await receivedToken.getByRole('button', { name: 'Reveal' }).click();
  const accessToken = (await receivedToken.locator('code.secret-value').textContent()) ?? '';
  expect(accessToken.split('.')).toHaveLength(3);

  // Masked when recorded: storage never held the raw token, so after a reload Reveal says it is gone.
  expect(await page.evaluate(() => window.sessionStorage.getItem('obe.wire-log'))).not.toContain(accessToken);
  await page.reload();
  const again = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'Token request' }).first();
  await again.locator('summary').click();
  const tokenAgain = again.getByRole('table', { name: 'Received' }).getByRole('row', { name: /^access_token / });
  await tokenAgain.getByRole('button', { name: 'Reveal' }).click();
  await expect(tokenAgain.getByRole('status')).toHaveText(/gone since a reload/);
  await expect(tokenAgain).not.toContainText(accessToken);
});

test('a request run from the builder comes back to the explorer, and its code can be exchanged there', async ({ page }) => {
  await page.goto('/explorer/request');
  const builder = page.getByRole('region', { name: 'Authorization request' });
  await builder.getByRole('button', { name: 'Run' }).click();
  await submitLogin(page, demoUser.username, demoUser.password);
  await page.getByRole('button', { name: 'Allow' }).click();

  const result = page.getByRole('region', { name: 'Authorization response' });
  await expect(result).toBeVisible();
  await expect(page).toHaveURL(/\/explorer\/request$/);
  expect(new URL(page.url()).search).toBe('');
  await expect(result.getByRole('row', { name: /^iss / })).toContainText('http://localhost:5001');
  await result.getByRole('button', { name: 'Exchange the code for tokens' }).click();
  await expect(result.getByRole('heading', { name: 'Token endpoint answered: 200' })).toBeVisible();
  await expect(result.getByRole('row', { name: /^token_type / })).toContainText('Bearer');
  // The explorer's run does not sign the app in.
  await expect(page.getByRole('button', { name: 'Sign in' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
});
