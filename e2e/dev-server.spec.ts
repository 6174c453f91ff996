import { expect, test, type Page } from '@playwright/test';
import { signInAsDemo } from './sign-in.ts';

// The rest of the suite drives the production build; this proves `npm start`'s dev server too.
test.use({ baseURL: `http://localhost:${process.env.APP_PORT ?? 5173}` });

/** Content-Security-Policy violations the page reports, from before its first script runs. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

test('the dev server that npm start runs signs the demo user in and shows accounts, within its CSP', async ({ page }) => {
  const violations = await watchCsp(page);
  await signInAsDemo(page);
  expect(new URL(page.url()).port).toBe(process.env.APP_PORT ?? '5173');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.getByRole('link', { name: 'Explorer', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Flow explorer', level: 1 })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the dev server sends a CSP: its own scripts and the hashed React preamble only', async ({ request }) => {
  const response = await request.get('/');
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
  expect(csp).toContain("form-action 'self'");
  expect(csp).toContain("frame-ancestors 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toMatch(/connect-src [^;]*https: [^;]*http:\/\/localhost:\*/);
});

test('a javascript: URL given as an endpoint runs no script on the dev server', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  // What the app would do with a hostile discovery document's authorization_endpoint, were its own check ever bypassed.
  await page.evaluate(() => window.location.assign('javascript:document.title="ran"'));
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src(-elem)? inline$/));
  expect(await page.title()).not.toBe('ran');
});
