import { expect, test } from '@playwright/test';
import { showAccounts } from './banking.ts';
import { sandbox } from './sandboxes.ts';
import { chooseCustomEnvironment, demoUser, submitLogin } from './sign-in.ts';
import { recordTraffic } from './wire.ts';

// Aritma ID documents implicit as response_type=token with a resource scope only; the local sandbox serves that form.
test('implicit sign-in in the documented form: response_type=token, scope bankservice without openid, an access token and no ID token', async ({ page }) => {
  test.slow();
  await chooseCustomEnvironment(page, { ...sandbox, scope: 'bankservice' });
  const traffic = recordTraffic(page);
  const authorize: URL[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === sandbox.authority && url.pathname === '/connect/authorize') authorize.push(url);
  });
  const callback = page.waitForURL((url) => url.hash.includes('access_token='));

  await page.getByRole('radio', { name: 'Implicit', exact: true }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await submitLogin(page, demoUser.username, demoUser.password);
  await page.getByRole('button', { name: 'Allow' }).click();
  await callback;

  const request = authorize[0];
  expect(request?.searchParams.get('response_type')).toBe('token');
  expect(request?.searchParams.get('scope')?.split(' ')).toEqual(['bankservice']);
  expect(request?.searchParams.get('nonce')).toBeNull();
  expect(request?.searchParams.get('state')).toBeTruthy();

  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect(traffic.tokenRequests).toHaveLength(0);
  expect(page.url()).not.toContain('access_token');

  // The token works at the API: the demo company's accounts load (added by id when the app knows none yet).
  await showAccounts(page); // asks for the demo company first when the app knows none
  await expect(page.getByRole('row').filter({ hasText: '12074123455' })).toBeVisible();
  expect(traffic.failedApiCalls()).toEqual([]);
});
