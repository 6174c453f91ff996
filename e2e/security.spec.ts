import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';
import { showAccounts } from './banking.ts';
import { sandbox } from './sandboxes.ts';
import { demoUser, signInAsDemo, submitLogin } from './sign-in.ts';
import { tokensLeft, watchTokens } from './storage.ts';

/** Collects Content-Security-Policy violations the page reports, from before its first script runs. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const refused: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  return async () => [...refused, ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []))];
}

/** Every token, code and verifier of the current session, read from where the app keeps them. */
async function secrets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const values: string[] = [];
    for (const key of Object.keys(window.sessionStorage)) {
      if (!key.startsWith('obe.oidc.') || !key.includes('user:')) continue;
      const user = JSON.parse(window.sessionStorage.getItem(key) ?? '{}') as Record<string, unknown>;
      for (const name of ['access_token', 'refresh_token', 'id_token']) if (typeof user[name] === 'string') values.push(user[name]);
    }
    return values;
  });
}

test('the production build sends its security headers', async ({ request }) => {
  const response = await request.get('/');
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toMatch(/connect-src 'self'[^;]*http:\/\/localhost:5001[^;]*http:\/\/localhost:5002/);
  expect(csp).toMatch(/frame-src 'self'[^;]*http:\/\/localhost:5001/);
  expect(csp).not.toMatch(/frame-src[^;]*localhost:5002/);
  expect(response.headers()['referrer-policy']).toBe('no-referrer');
});

test('the hashed files are cached for good, the pages are not', async ({ request }) => {
  const page = await request.get('/');
  expect(page.headers()['cache-control'] ?? '').not.toContain('immutable');
  const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
  expect(script, 'index.html names its entry script').toBeTruthy();
  const asset = await request.get(script as string);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('no screen breaks the Content-Security-Policy', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Environment' }).selectOption({ label: 'Custom' });
  await expect(page.getByRole('textbox', { name: 'Authority' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Environment' }).selectOption({ label: 'Local sandbox' });
  await page.goto('/explorer/jwt');
  await expect(page.getByRole('heading', { name: 'JWT inspector' })).toBeVisible();
  await page.goto('/');
  await signInAsDemo(page);
  const screens: [string, string][] = [
    ['Payments', 'Payments'],
    ['Profile', 'Profile'],
    ['Explorer', 'Flow explorer'],
  ];
  for (const [link, heading] of screens) {
    await page.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Accounts', exact: true }).click();
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.goto('/payments/new');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('tokens never reach localStorage, a URL after the callback, a Referer or the console', async ({ page }) => {
  const consoleText: string[] = [];
  page.on('console', (message) => consoleText.push(message.text()));
  const urls: string[] = [];
  let afterCallback = false;
  page.on('request', (request) => {
    if (afterCallback) urls.push(request.url());
    if (new URL(request.url()).pathname === '/callback') afterCallback = true;
  });

  await signInAsDemo(page);
  await page.getByRole('link', { name: 'Payments', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Payments', level: 1 })).toBeVisible();
  const tokens = await secrets(page);
  expect(tokens.length, `session keys: ${await page.evaluate(() => Object.keys(window.sessionStorage).join(', '))}`).toBeGreaterThanOrEqual(3);

  const local = await page.evaluate(() => Object.entries(window.localStorage).map(([key, value]) => `${key}=${value}`).join('\n'));
  const pageUrl = page.url();
  for (const token of tokens) {
    expect(local).not.toContain(token);
    expect(urls.some((url) => url.includes(token))).toBe(false);
    expect(consoleText.some((text) => text.includes(token))).toBe(false);
    expect(pageUrl).not.toContain(token);
  }
  expect(local).not.toMatch(/code_verifier|access_token|refresh_token/);

  // The identity server's sign-out page is the next navigation: it learns nothing of where the user came from.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(`${sandbox.authority}/**`);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect(await page.evaluate(() => document.referrer)).toBe('');
});

test('the identity server’s login page gets no Referer from the app either', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('textbox', { name: 'Username' })).toBeVisible();
  expect(await page.evaluate(() => document.referrer)).toBe('');
});

for (const flow of ['Authorization code + PKCE', 'Implicit'] as const) {
  test(`after signing out (${flow}), no token is left in any storage, nor in the wire log`, async ({ page }) => {
    test.slow();
    const tokens = watchTokens(page);
    await page.goto('/');
    await page.getByRole('radio', { name: flow, exact: true }).check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await submitLogin(page, demoUser.username, demoUser.password);
    await page.getByRole('button', { name: 'Allow' }).click();
    // A fresh sign-in asks which company to show (v3 lists no companies), then shows its accounts.
    await showAccounts(page);
    expect(tokens.length).toBeGreaterThanOrEqual(2);
    expect((await tokensLeft(page, tokens)).length).toBeGreaterThan(0); // the session itself, before sign-out

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${sandbox.authority}/**`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    expect(await tokensLeft(page, tokens)).toEqual([]);
  });
}
