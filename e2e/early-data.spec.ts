import { expect, test } from '@playwright/test';
import { operatingAccount } from './banking.ts';
import { demoUser, startSignIn, submitLogin } from './sign-in.ts';
import { tokensLeft, watchTokens } from './storage.ts';

/*
 * The accounts of the signed-in home are asked for as soon as the token response arrives, while the
 * ID token is still being checked: they are shown only for a session whose ID token passes.
 */

/** The ID token with one character of its signature changed: every other part of the answer is the sandbox's own. */
function tampered(idToken: string): string {
  const [header, payload, signature = ''] = idToken.split('.');
  return [header, payload, `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`].join('.');
}

test('a sign-in whose ID token fails its checks shows none of the accounts asked for meanwhile, and keeps no token', async ({ page }) => {
  const tokens = watchTokens(page);
  // The demo user (sub "demo") chose Nordlys before, in this browser.
  await page.addInitScript((companyId) => {
    window.localStorage.setItem('obe.companies:local:demo', JSON.stringify({ ids: [companyId], current: companyId }));
  }, operatingAccount.companyId);
  await page.route('**/connect/token', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { id_token: string };
    await route.fulfill({ response, json: { ...body, id_token: tampered(body.id_token) } });
  });
  const accountsAsked = page.waitForRequest((request) => request.method() === 'GET' && request.url().includes(`/api/v3/accounts/${operatingAccount.companyId}`));
  // The signing keys wait until the accounts have been asked for: the check the ID token then fails is
  // certain to come while the early request is out, however fast this machine verifies.
  let releaseKeys = () => {};
  const keysHeld = new Promise<void>((resolve) => (releaseKeys = resolve));
  await page.route('**/.well-known/openid-configuration/jwks', async (route) => {
    await keysHeld;
    await route.continue();
  });

  await startSignIn(page);
  await submitLogin(page, demoUser.username, demoUser.password);
  await page.getByRole('button', { name: 'Allow' }).click();

  // The accounts were asked for with the (genuine) access token, but the session was refused, and nothing of them shows.
  await accountsAsked;
  releaseKeys();
  await expect(page.getByRole('alert')).toContainText(/signature does not match/);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Accounts', exact: true })).toHaveCount(0);
  await expect(page.getByText(operatingAccount.accountNo)).toHaveCount(0);
  expect(await tokensLeft(page, tokens)).toEqual([]);
});
