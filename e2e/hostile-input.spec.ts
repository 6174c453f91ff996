import { expect, test, type Page } from '@playwright/test';
import { signInAsDemo } from './sign-in.ts';

/** Fills the Custom environment form with one hostile value and saves. */
async function tryCustom(page: Page, field: string, value: string) {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Environment' }).selectOption({ label: 'Custom' });
  const values: Record<string, string> = {
    Authority: 'https://id.example.com',
    'Client ID': 'client',
    Scope: 'openid bankservice',
    'API base URL': 'https://api.example.com',
    [field]: value,
  };
  for (const [name, text] of Object.entries(values)) await page.getByRole('textbox', { name }).fill(text);
  await page.getByRole('button', { name: 'Save' }).click();
}

const hostile: [string, string, string, RegExp][] = [
  ['text that is not a URL', 'Authority', 'id.example.com/connect', /Enter a full URL/],
  ['a javascript: URL', 'API base URL', 'javascript:alert(document.cookie)', /Use an https:\/\/ URL/],
  ['plain http to another host', 'Authority', 'http://id.example.com', /plain http is allowed only for localhost/],
  ['a very long value', 'API base URL', `https://api.example.com/${'a'.repeat(3000)}`, /too long/],
  ['a Unicode look-alike host', 'Authority', 'https://id.аritma.io', /can imitate another address/],
  ['a very long client id', 'Client ID', 'c'.repeat(500), /too long/],
];

for (const [name, field, value, message] of hostile) {
  test(`the custom environment refuses ${name}, with a message, storing nothing`, async ({ page }) => {
    await tryCustom(page, field, value);
    await expect(page.getByRole('textbox', { name: field })).toHaveAccessibleDescription(message);
    await expect(page.getByRole('textbox', { name: field })).toHaveAttribute('aria-invalid', 'true');
    expect(await page.evaluate(() => window.localStorage.getItem('obe.custom-environment'))).toBeNull();
    await expect(page.getByRole('button', { name: 'Sign in' })).toHaveCount(0);
  });
}

/** API answers that break the contract, each must end in a message naming the problem, never a blank screen. */
const malformed: [string, (route: import('@playwright/test').Route) => Promise<void>, RegExp][] = [
  ['a field of the wrong type', (route) => json(route, { CompanyId: 'c', Accounts: [{ AccountId: 'a', AccountNumber: 42, ReadyForPayments: true }] }), /unexpected shape.*Accounts\.0\.AccountNumber/],
  ['a missing field', (route) => json(route, { Accounts: [] }), /unexpected shape.*CompanyId/],
  ['an enum value the contract does not have', (route) => json(route, { CompanyId: 'c', Accounts: [{ AccountId: 'a', AccountNumber: '1', ReadyForPayments: 'maybe' }] }), /unexpected shape.*ReadyForPayments/],
  ['invalid JSON', (route) => route.fulfill({ status: 200, contentType: 'application/json', headers: cors, body: '{"Accounts": [' }), /not JSON/],
];

const cors = { 'Access-Control-Allow-Origin': '*' };
function json(route: import('@playwright/test').Route, body: unknown) {
  return route.fulfill({ status: 200, contentType: 'application/json', headers: cors, body: JSON.stringify(body) });
}

for (const [name, answer, message] of malformed) {
  test(`an API answer with ${name} shows a message naming the problem`, async ({ page }) => {
    await signInAsDemo(page);
    await page.route('**/api/v3/accounts/*', answer);
    await page.reload();
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('heading', { name: 'Accounts' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  });
}
