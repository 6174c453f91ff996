import { expect, test } from '@playwright/test';
import { demoUser, signInAsDemo, startSignIn, submitLogin } from './sign-in.ts';

test('signs in with authorization code + PKCE and shows the demo user’s accounts', async ({ page }) => {
  const authorizeRequests: URL[] = [];
  const tokenRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/connect/authorize') authorizeRequests.push(url);
    if (url.pathname === '/connect/token' && request.method() === 'POST') tokenRequests.push(request.postData() ?? '');
  });

  await signInAsDemo(page);

  const table = page.getByRole('table');
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'IBAN and other aliases' })).toBeVisible();
  expect(await table.getByRole('row').count()).toBeGreaterThan(2);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  const authorize = authorizeRequests[0];
  expect(authorize?.searchParams.get('response_type')).toBe('code');
  expect(authorize?.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize?.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(authorize?.searchParams.get('state')).toBeTruthy();
  expect(authorize?.searchParams.get('nonce')).toBeTruthy();
  expect(tokenRequests).toHaveLength(1);
  expect(new URLSearchParams(tokenRequests[0]).get('code_verifier')).toMatch(/^[A-Za-z0-9._~-]{43,128}$/);

  // The authorization response is gone from the address bar.
  const url = new URL(page.url());
  expect(url.pathname).toBe('/');
  expect(url.search).toBe('');
  expect(url.hash).toBe('');
});

test('a sign-in started at another address comes back to it, named in the tab', async ({ page }) => {
  await page.goto('/payments');
  await startSignIn(page);
  await submitLogin(page, demoUser.username, demoUser.password);
  await page.getByRole('button', { name: 'Allow' }).click();
  await expect(page.getByRole('heading', { name: 'Payments', level: 1 })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/payments');
  await expect(page).toHaveTitle('Payments – Open Banking Explorer');
  // This browser knows no company yet: the accounts page asks for one, and the tab says so.
  await page.getByRole('link', { name: 'Accounts', exact: true }).click();
  await expect(page).toHaveTitle('Which company? – Open Banking Explorer');
});

test('a wrong password keeps the user on the login page with a message', async ({ page }) => {
  await startSignIn(page);
  await submitLogin(page, 'demo', 'not-the-password');
  await expect(page.getByRole('alert')).toHaveText(/wrong username or password/i);
  await expect(page.getByRole('textbox', { name: 'Username' })).toHaveValue('demo');
  expect(new URL(page.url()).origin).toBe('http://localhost:5001');
});

test('denying consent brings the user back with an alert that access was denied', async ({ page }) => {
  await startSignIn(page);
  await submitLogin(page, demoUser.username, demoUser.password);
  await page.getByRole('button', { name: 'Deny' }).click();
  await expect(page.getByRole('alert')).toContainText('Access was denied');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  expect(new URL(page.url()).search).toBe('');
});

test('signing out ends the session at the identity server and returns signed out', async ({ page }) => {
  await signInAsDemo(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  // The identity server asks for confirmation (RP-initiated logout), then sends the user back.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Accounts' })).toHaveCount(0);
});

test('the sign-in page fetches the signing keys when idle, so its answer is verified without fetching them', async ({ page }) => {
  const keyFetches: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/jwks')) keyFetches.push(new URL(page.url()).pathname);
  });
  await page.goto('/');
  await expect.poll(() => keyFetches, { message: 'the signed-out page fetched the keys' }).toEqual(['/']);
  await page.waitForLoadState('networkidle');
  await startSignIn(page);
  await submitLogin(page, demoUser.username, demoUser.password);
  await page.getByRole('button', { name: 'Allow' }).click();
  // Signed in: the ID token passed its signature check, with the keys the sign-in page fetched.
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect(keyFetches).toEqual(['/']);
});
