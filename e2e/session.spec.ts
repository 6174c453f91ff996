import { expect, test, type Page } from '@playwright/test';
import { shortLivedSandbox } from './sandboxes.ts';
import { signInAsDemo, chooseCustomEnvironment } from './sign-in.ts';
import { recordTraffic } from './wire.ts';

/** Waits until `page` has sent `count` refresh-token requests. */
async function refreshes(page: Page, traffic: ReturnType<typeof recordTraffic>, count: number) {
  while (traffic.grants('refresh_token').length < count) {
    await page.waitForRequest((request) => new URL(request.url()).pathname === '/connect/token' && /grant_type=refresh_token/.test(request.postData() ?? ''));
  }
}

test('signing in asks the token endpoint once, and a reload asks it nothing', async ({ page }) => {
  const traffic = recordTraffic(page);
  await signInAsDemo(page);
  expect(traffic.tokenRequests.map((request) => request.grantType)).toEqual(['authorization_code']);

  await page.reload();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect(traffic.tokenRequests).toHaveLength(1);
  expect(traffic.failedApiCalls()).toEqual([]);
});

test('an hour-long token is renewed a minute before it expires', async ({ page }) => {
  // Only the page's clock jumps ahead (the identity server's does not, so the renewed tokens are not
  // checked here); what is proven is the timing: nothing at 58½ minutes, a refresh by 59½.
  await page.clock.install();
  await signInAsDemo(page);
  const traffic = recordTraffic(page);
  const refreshed = page.waitForRequest((request) => request.url().endsWith('/connect/token') && /grant_type=refresh_token/.test(request.postData() ?? ''));
  await page.clock.fastForward('58:30');
  expect(traffic.grants('refresh_token')).toHaveLength(0);
  await page.clock.fastForward('01:00');
  await refreshed;
  expect(traffic.grants('refresh_token')).toHaveLength(1);
});

test('the session shows how long it lasts', async ({ page }) => {
  await signInAsDemo(page);
  await expect(page.getByText(/Session: (59|60) min left/)).toBeVisible();
});

test('a new tab joins the open session without signing in again', async ({ page, context }) => {
  await signInAsDemo(page);
  const second = await context.newPage();
  const traffic = recordTraffic(second);
  await second.goto('/');
  await expect(second.getByRole('heading', { name: 'Accounts' })).toBeVisible();
  await expect(second.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect(traffic.tokenRequests).toHaveLength(0);
});

test('a 401 from the API is recovered by one renewal and one retry', async ({ page }) => {
  await signInAsDemo(page);
  const traffic = recordTraffic(page);
  let refused = 0;
  // The API refuses the token once, as it would after an early revocation.
  await page.route('**/api/v3/accounts/*', async (route) => {
    if (refused > 0) return route.continue();
    refused += 1;
    await route.fulfill({
      status: 401,
      headers: { 'WWW-Authenticate': 'Bearer realm="bankservice", error="invalid_token"', 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'WWW-Authenticate' },
      contentType: 'application/problem+json',
      body: JSON.stringify({ title: 'Unauthorized', status: 401 }),
    });
  });
  await page.reload();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  expect(refused).toBe(1);
  expect(traffic.grants('refresh_token')).toHaveLength(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a session that cannot be renewed ends with a clear message, keeping the page', async ({ page }) => {
  await signInAsDemo(page);
  // A screen that asks the API: the Payments screen now lists only what this browser kept. Its first
  // answer must be in before the failures below are set up, or the session ends before the reload.
  await Promise.all([
    page.waitForResponse((response) => new URL(response.url()).pathname.startsWith('/api/v3/receivables/')),
    page.getByRole('link', { name: 'Receivables', exact: true }).click(),
  ]);
  await page.route('**/connect/token', (route) =>
    route.fulfill({
      status: 400,
      headers: { 'Access-Control-Allow-Origin': new URL(page.url()).origin },
      contentType: 'application/json',
      body: JSON.stringify({ error: 'invalid_grant', error_description: 'grant request is invalid' }),
    }),
  );
  await page.route('**/api/v3/**', (route) =>
    route.fulfill({ status: 401, headers: { 'Access-Control-Allow-Origin': '*' }, contentType: 'application/problem+json', body: '{}' }),
  );
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Your session has ended. Sign in again to continue where you were.');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/receivables');
});

test('signing out in one tab signs out the other', async ({ page, context }) => {
  await signInAsDemo(page);
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByRole('button', { name: 'Sign out' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(second.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(second.getByText('You signed out in another tab.')).toBeVisible();
  await expect(second.getByRole('heading', { name: 'Accounts' })).toHaveCount(0);
});

test.describe('with access tokens that live for seconds', () => {
  test('renews before expiry with the refresh token, without a failed API call', async ({ page }) => {
    await chooseCustomEnvironment(page, shortLivedSandbox);
    const traffic = recordTraffic(page);
    await signInAsDemo(page);
    await refreshes(page, traffic, 2);
    // Data fetched after two renewals uses the newest token.
    await page.getByRole('link', { name: 'Profile' }).click();
    await page.getByRole('link', { name: 'Accounts', exact: true }).click();
    await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
    expect(traffic.failedApiCalls()).toEqual([]);
    expect(traffic.grants('authorization_code')).toHaveLength(1);
    // Each refresh used the refresh token the one before it returned (rotation, never reuse).
    const used = traffic.grants('refresh_token').map((request) => request.body.get('refresh_token'));
    expect(new Set(used).size).toBe(used.length);
  });

  test('without a refresh token, renews with prompt=none in a hidden iframe', async ({ page }) => {
    await chooseCustomEnvironment(page, { ...shortLivedSandbox, scope: 'openid profile email bankservice' });
    const traffic = recordTraffic(page);
    await signInAsDemo(page);
    for (let renewal = 1; renewal <= 2; renewal += 1) {
      await page.waitForRequest((request) => new URL(request.url()).pathname === '/silent-callback.html');
    }
    await page.getByRole('link', { name: 'Receivables', exact: true }).click();
    await expect(page.getByRole('table').first()).toBeVisible();
    expect(traffic.grants('refresh_token')).toHaveLength(0);
    expect(traffic.grants('authorization_code').length).toBeGreaterThanOrEqual(2);
    expect(traffic.failedApiCalls()).toEqual([]);
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  });

  test('two tabs renewing at the same moment both stay signed in', async ({ page, context }) => {
    await chooseCustomEnvironment(page, shortLivedSandbox);
    await signInAsDemo(page);
    const second = await context.newPage();
    await second.goto('/');
    await expect(second.getByRole('heading', { name: 'Accounts' })).toBeVisible();
    const first = recordTraffic(page);
    const other = recordTraffic(second);

    // Both tabs hold the same token, so both want to renew at the same moment; one does, for both.
    await Promise.race([refreshes(page, first, 2), refreshes(second, other, 2)]);
    const used = [...first.grants('refresh_token'), ...other.grants('refresh_token')].map((request) => request.body.get('refresh_token'));
    expect(new Set(used).size).toBe(used.length);

    // Both tabs fetch with the renewed token (navigating within the app: a reload in the middle of a
    // renewal would throw its rotated refresh token away).
    for (const tab of [page, second]) {
      await tab.getByRole('link', { name: 'Receivables', exact: true }).click();
      await expect(tab.getByRole('table').first()).toBeVisible();
      await expect(tab.getByRole('button', { name: 'Sign out' })).toBeVisible();
    }
    expect([...first.failedApiCalls(), ...other.failedApiCalls()]).toEqual([]);
  });
});
