import { expect, test } from '@playwright/test';
import { NORDLYS_COMPANY_ID } from '../sandbox/api/demo-data.ts';
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
  const ask = page.getByRole('textbox', { name: 'Company ID' });
  const firstRow = page.getByRole('table').getByRole('row').nth(1);
  await expect(ask.or(firstRow).first()).toBeVisible();
  if (await ask.isVisible()) {
    await ask.fill(NORDLYS_COMPANY_ID);
    await page.getByRole('button', { name: 'Add company' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '12074123455' })).toBeVisible();
  expect(traffic.failedApiCalls()).toEqual([]);
});
