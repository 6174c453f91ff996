import { expect, test } from '@playwright/test';
import { showAccounts } from './banking.ts';
import { sandbox } from './sandboxes.ts';
import { chooseCustomEnvironment, demoUser, submitLogin } from './sign-in.ts';
import { recordTraffic } from './wire.ts';

// Aritma ID's tenant form puts the tenant in the authority's path: https://id.aritma.io/{tenant}/connect/….
test('signs in through an authority with a tenant path: discovery, authorize and token under it, and the API takes the token', async ({ page }) => {
  test.slow();
  const tenantAuthority = `${sandbox.authority}/sandbox-tenant`;
  // A signed-out page reads its environment's discovery as it opens, and its signing keys when idle: the Local
  // sandbox's first, then the tenant's once chosen.
  const localDiscovery = page.waitForResponse(`${sandbox.authority}/.well-known/openid-configuration`);
  const localKeys = page.waitForResponse(`${sandbox.authority}/.well-known/openid-configuration/jwks`);
  await page.goto('/');
  await Promise.all([localDiscovery, localKeys]);
  const identityPaths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === sandbox.authority && request.method() !== 'OPTIONS') identityPaths.push(url.pathname);
  });
  await chooseCustomEnvironment(page, { authority: tenantAuthority, apiBaseUrl: sandbox.apiBaseUrl });
  const traffic = recordTraffic(page);

  await page.getByRole('button', { name: 'Sign in' }).click();
  await submitLogin(page, demoUser.username, demoUser.password);
  await page.getByRole('button', { name: 'Allow' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  expect(identityPaths).toContain('/sandbox-tenant/.well-known/openid-configuration');
  expect(identityPaths).toContain('/sandbox-tenant/connect/authorize');
  expect(identityPaths.filter((path) => !path.startsWith('/sandbox-tenant/'))).toEqual([]);
  expect(identityPaths).toContain('/sandbox-tenant/connect/token');

  await showAccounts(page); // asks for the demo company first when the app knows none
  await expect(page.getByRole('row').filter({ hasText: '12074123455' })).toBeVisible();
  expect(traffic.failedApiCalls()).toEqual([]);
});
