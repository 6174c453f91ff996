import { expect, test, type Page } from '@playwright/test';
import { showAccounts } from './banking.ts';
import { shortLivedSandbox } from './sandboxes.ts';
import { demoUser, submitLogin, chooseCustomEnvironment } from './sign-in.ts';
import { recordTraffic } from './wire.ts';

async function signInImplicitly(page: Page) {
  if (page.url() === 'about:blank') await page.goto('/');
  await page.getByRole('radio', { name: 'Implicit', exact: true }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await submitLogin(page, demoUser.username, demoUser.password);
  await page.getByRole('button', { name: 'Allow' }).click();
  await showAccounts(page);
}

test('the implicit choice is labelled legacy, says why, and links to the explanation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('radio', { name: 'Implicit', exact: true })).toHaveAccessibleDescription(/Legacy: Tokens travel in the URL\. RFC 9700 and RFC 10017/);
  // The tag is a word beside the label, not a box stretched across the rest of the row.
  const tag = await page.locator('.flow .tag').boundingBox();
  const label = await page.getByText('Implicit', { exact: true }).boundingBox();
  expect(tag && label && tag.width < 3 * label.width).toBe(true);
  await page.getByRole('link', { name: 'Why?' }).click();
  await expect(page.locator('#implicit')).toBeInViewport();
  await expect(page.locator('#implicit')).toContainText('RFC 9700');
});

test('signs in with the implicit flow: tokens from the fragment, no token request, nothing left in the URL or history', async ({ page }) => {
  const traffic = recordTraffic(page);
  const authorize: URL[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/connect/authorize') authorize.push(url);
  });

  await signInImplicitly(page);

  expect(authorize[0]?.searchParams.get('response_type')).toBe('id_token token');
  expect(authorize[0]?.searchParams.get('nonce')).toBeTruthy();
  expect(authorize[0]?.searchParams.get('state')).toBeTruthy();
  expect(traffic.tokenRequests).toHaveLength(0);
  expect(new URL(page.url()).href).toBe(new URL('/', page.url()).href);
  // The callback entry was replaced, so Back goes to the identity server, not to a URL with tokens.
  await page.goBack();
  expect(page.url()).not.toContain('access_token');
  expect(new URL(page.url()).origin).toBe('http://localhost:5001');
  await page.goForward();
  expect(new URL(page.url()).href).toBe(new URL('/', page.url()).href);
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
});

test('an implicit session survives a reload without asking the identity server', async ({ page }) => {
  await signInImplicitly(page);
  const traffic = recordTraffic(page);
  let authorizeRequests = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/connect/authorize') authorizeRequests += 1;
  });
  await page.reload();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  expect(traffic.tokenRequests).toHaveLength(0);
  expect(authorizeRequests).toBe(0);
});

test('signs out of an implicit session', async ({ page }) => {
  await signInImplicitly(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('renews an implicit session silently in a hidden iframe before it expires', async ({ page }) => {
  await chooseCustomEnvironment(page, shortLivedSandbox);
  await signInImplicitly(page);
  const traffic = recordTraffic(page);
  const silent: URL[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/connect/authorize' && url.searchParams.get('prompt') === 'none') silent.push(url);
  });
  for (let renewal = 1; renewal <= 2; renewal += 1) {
    await page.waitForRequest((request) => {
      const url = new URL(request.url());
      return url.pathname === '/silent-callback.html';
    });
  }
  await page.reload();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  expect(silent.length).toBeGreaterThanOrEqual(2);
  expect(silent.every((url) => url.searchParams.get('response_type') === 'id_token token')).toBe(true);
  expect(traffic.tokenRequests).toHaveLength(0);
  expect(traffic.failedApiCalls()).toEqual([]);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});
