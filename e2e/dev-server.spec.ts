import { expect, test } from '@playwright/test';
import { signInAsDemo } from './sign-in.ts';

// The rest of the suite drives the production build; this proves `npm start`'s dev server too.
test.use({ baseURL: `http://localhost:${process.env.APP_PORT ?? 5173}` });

test('the dev server that npm start runs signs the demo user in and shows accounts', async ({ page }) => {
  await signInAsDemo(page);
  expect(new URL(page.url()).port).toBe(process.env.APP_PORT ?? '5173');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});
