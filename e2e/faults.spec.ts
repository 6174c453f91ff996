import { storedUsers, tokensLeft } from './storage.ts';
import { expect, test, type Page } from '@playwright/test';
import { showAccounts } from './banking.ts';
import { sandbox, shortLivedSandbox } from './sandboxes.ts';
import { chooseCustomEnvironment, demoUser, signInAsDemo, submitLogin } from './sign-in.ts';
import { recordTraffic } from './wire.ts';

/*
 * Servers that fail. Where a server must misbehave on purpose, the browser's route handler plays
 * it (refused connections, silence, 5xx); everything else is the real sandbox.
 */

const identity = `${sandbox.authority}/**`;
const api = `${sandbox.apiBaseUrl}/api/v3/**`;

test('the identity server down at Sign in: a clear message, and a retry that works once it is back', async ({ page }) => {
  // Down from the start: the signed-out page reads discovery as it opens, and the sign-in goes on from that read.
  await page.route(identity, (route) => route.abort('connectionrefused'));
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('The identity server at http://localhost:5001 could not be reached');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();

  await page.unroute(identity);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await submitLogin(page, demoUser.username, demoUser.password);
  await page.getByRole('button', { name: 'Allow' }).click();
  await showAccounts(page);
});

test('the identity server down during renewal: the session lasts until expiry, then a clean sign-in prompt, no loop', async ({ page }) => {
  await chooseCustomEnvironment(page, shortLivedSandbox);
  await signInAsDemo(page);
  let attempts = 0;
  await page.route(`${shortLivedSandbox.authority}/connect/token`, (route) => {
    attempts += 1;
    return route.abort('connectionrefused');
  });
  await expect(page.getByRole('alert')).toContainText('could not be renewed in time', { timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  const settled = attempts;
  expect(settled).toBeGreaterThanOrEqual(1);
  expect(settled).toBeLessThanOrEqual(5);
  // Nothing keeps trying once the session has ended.
  await page.getByRole('link', { name: 'Explorer', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Flow explorer' })).toBeVisible();
  expect(attempts).toBe(settled);
});

async function receivables(page: Page) {
  await page.getByRole('link', { name: 'Receivables', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Receivables', level: 1 })).toBeVisible();
}

test('the API down: a message with Try again, and the rest of the app keeps working', async ({ page }) => {
  await signInAsDemo(page);
  await page.route(api, (route) => route.abort('connectionrefused'));
  await receivables(page);
  await expect(page.getByRole('alert')).toContainText('The API could not be reached', { timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await page.getByRole('link', { name: 'Explorer', exact: true }).click();
  await page.getByRole('link', { name: 'Token response', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Token response' })).toBeVisible();

  // Back on its feet: the failed data is fetched again when its screen is opened.
  await page.unroute(api);
  await receivables(page);
  await expect(page.getByRole('table').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the API answering 5xx: retried with backoff, then a message with Try again', async ({ page }) => {
  await signInAsDemo(page);
  let calls = 0;
  await page.route(`${sandbox.apiBaseUrl}/api/v3/receivables/**`, (route) => {
    calls += 1;
    return route.fulfill({ status: 503, contentType: 'application/problem+json', headers: { 'Access-Control-Allow-Origin': '*' }, body: '{"title":"Service Unavailable","status":503}' });
  });
  await receivables(page);
  await expect(page.getByRole('alert')).toContainText('The API failed to answer', { timeout: 20_000 });
  expect(calls).toBe(4); // the first call and three retries
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('the API slower than the request timeout: given up with a message, no endless spinner', async ({ page }) => {
  await page.clock.install();
  await signInAsDemo(page);
  // The API never answers these: the app's own timer must give up.
  await page.route(`${sandbox.apiBaseUrl}/api/v3/receivables/**`, () => undefined);
  await receivables(page);
  await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toBeVisible();
  await page.clock.runFor(11_000); // the first request times out
  await page.clock.runFor(2_000); // the backoff before the one retry
  await page.clock.runFor(11_000); // the retry times out
  await expect(page.getByRole('alert')).toContainText('The API took too long to answer');
});

/**
 * Makes the browser report itself online. A machine with no network but loopback starts Chromium offline, and
 * `setOffline(false)` only lifts the emulation, back to that: any other network conditions report online.
 */
async function believeOnline(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 1, downloadThroughput: -1, uploadThroughput: -1 });
  await page.waitForFunction(() => navigator.onLine);
}

test('offline and back online: queries wait, say why, and resume', async ({ page, context }) => {
  await signInAsDemo(page);
  // A moment on the accounts page lets the other screens' code arrive (it is fetched when idle).
  await page.waitForLoadState('networkidle');
  await believeOnline(page);
  await context.setOffline(true);
  await page.waitForFunction(() => !navigator.onLine);
  await receivables(page);
  await expect(page.getByText('You are offline')).toBeVisible();
  await context.setOffline(false);
  await believeOnline(page);
  await expect(page.getByText('You are offline')).toHaveCount(0);
  await expect(page.getByRole('table').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test.describe('the user’s clock', () => {
  test('four minutes fast still signs in (within the allowed skew)', async ({ page }) => {
    await page.clock.install({ time: Date.now() + 4 * 60_000 });
    await signInAsDemo(page);
  });

  test('four minutes slow still signs in (within the allowed skew)', async ({ page }) => {
    await page.clock.install({ time: Date.now() - 4 * 60_000 });
    await signInAsDemo(page);
  });

  test('ten minutes off is refused with a message about the clock', async ({ page }) => {
    await page.clock.install({ time: Date.now() - 10 * 60_000 });
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await submitLogin(page, demoUser.username, demoUser.password);
    await page.getByRole('button', { name: 'Allow' }).click();
    await expect(page.getByRole('alert')).toContainText('check your device’s clock');
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  });
});

test('storage disabled: a clear message instead of a blank page', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'sessionStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Storage for this site is turned off');
  await expect(page.getByRole('heading', { name: 'This browser does not let the app keep your sign-in' })).toBeVisible();
});

test('storage full: a clear message instead of a blank page', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Storage for this site is full');
});

test('one tab signing out while the other renews: both end signed out, neither comes back to life', async ({ page, context }) => {
  await chooseCustomEnvironment(page, shortLivedSandbox);
  await signInAsDemo(page);
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByRole('button', { name: 'Sign out' })).toBeVisible();
  const traffic = recordTraffic(second);

  // Whichever tab renews next is held at the token endpoint until the first tab has signed out.
  const tokenUrl = `${shortLivedSandbox.authority}/connect/token`;
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const seen: { renewer?: Page } = {};
  const renewing = new Promise<void>((resolve) => {
    for (const tab of [page, second]) {
      void tab.route(tokenUrl, async (route) => {
        seen.renewer = tab;
        resolve();
        await held;
        await route.continue().catch(() => undefined); // the first tab may have left for the identity server
      });
    }
  });
  await renewing;
  const answered = seen.renewer === second ? second.waitForResponse(tokenUrl) : null;
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(second.getByRole('button', { name: 'Sign in' })).toBeVisible();
  release();
  await answered;
  await expect(second.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(second.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  expect(await storedUsers(second)).toEqual([]);
  expect(await tokensLeft(second)).toEqual([]);
  expect(traffic.failedApiCalls()).toEqual([]);
});
