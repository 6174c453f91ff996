import { expect, test } from '@playwright/test';

test('Copy link carries the setup and no secret; opening it fills the builder only after the authority is confirmed', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/explorer/request');
  const builder = page.getByRole('region', { name: 'Authorization request' });
  await builder.getByRole('textbox', { name: 'Scope' }).fill('openid bankservice');
  await builder.getByRole('combobox', { name: 'Prompt' }).selectOption('login');
  await builder.getByRole('textbox', { name: 'Extra parameters' }).fill('audience=bankservice\nclient_secret=sandbox-secret');
  const secrets = [
    await builder.getByRole('textbox', { name: 'State' }).inputValue(),
    await builder.getByRole('textbox', { name: 'Nonce' }).inputValue(),
    await builder.getByRole('textbox', { name: 'Code verifier' }).inputValue(),
    await builder.getByRole('textbox', { name: 'Code challenge (S256)' }).inputValue(),
    'sandbox-secret',
  ];
  await builder.getByRole('button', { name: 'Copy link' }).click();
  await expect(builder.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(link);
  expect(url.pathname).toBe('/explorer/request');
  expect(url.search).toBe('');
  const fragment = new URLSearchParams(url.hash.slice(1));
  expect(fragment.get('authority')).toBe('http://localhost:5001');
  expect(fragment.get('scope')).toBe('openid bankservice');
  for (const secret of secrets) expect(decodeURIComponent(link)).not.toContain(secret);
  for (const name of ['state', 'nonce', 'code_verifier', 'code_challenge', 'client_secret']) expect(decodeURIComponent(url.hash)).not.toMatch(new RegExp(`(^|[&#\\n])${name}=`));

  const opened = await context.newPage();
  await opened.goto(link);
  const prompt = opened.getByRole('region', { name: 'A shared setup' });
  await expect(prompt).toContainText('http://localhost:5001');
  // Nothing is filled in before the user says yes.
  const openedBuilder = opened.getByRole('region', { name: 'Authorization request' });
  await expect(openedBuilder.getByRole('textbox', { name: 'Scope' })).not.toHaveValue('openid bankservice');
  await prompt.getByRole('button', { name: 'Use this setup' }).click();
  await expect(prompt).toHaveCount(0);
  await expect(openedBuilder.getByRole('textbox', { name: 'Scope' })).toHaveValue('openid bankservice');
  await expect(openedBuilder.getByRole('combobox', { name: 'Prompt' })).toHaveValue('login');
  await expect(openedBuilder.getByRole('textbox', { name: 'Extra parameters' })).toHaveValue('audience=bankservice');
  await expect(openedBuilder.getByText('Filled in from a shared link')).toBeVisible();
  expect(new URL(opened.url()).hash).toBe('');

  const declined = await context.newPage();
  await declined.goto(link);
  await declined.getByRole('button', { name: 'Ignore the link' }).click();
  await expect(declined.getByRole('region', { name: 'Authorization request' }).getByRole('textbox', { name: 'Scope' })).not.toHaveValue('openid bankservice');
});
