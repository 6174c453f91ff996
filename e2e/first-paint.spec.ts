import { expect, test, type Page, type Route } from '@playwright/test';
import { signInAsDemo } from './sign-in.ts';

/*
 * The built index.html carries the signed-out home, rendered by the build (src/prerender.tsx), so a first
 * visit paints it before the app's script has run; the app then takes that very HTML over. Where the page
 * opens otherwise (a session to check, another language), the inline guard removes it before the first
 * paint, so nothing wrong is ever shown. Each test holds the app's script back to see the page without it.
 */

/** Holds the first page's script until `release` is called, and reports page errors and console errors. */
async function holdAppScript(page: Page): Promise<{ release(): void; problems: string[] }> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/main-[\w-]+\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return { release, problems };
}

/** Opens `path` and waits until the HTML is parsed, while the app's script is still held. */
async function openWithoutScript(page: Page, path: string): Promise<void> {
  await page.goto(path, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState !== 'loading');
}

test('a first visit shows the sign-in before the app’s script runs, and the app takes that page over', async ({ page }) => {
  const script = await holdAppScript(page);
  await openWithoutScript(page, '/');

  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Local sandbox' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Authorization code + PKCE' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.evaluate(() => {
    (window as Window & { prerenderedHeading?: Element | null }).prerenderedHeading = document.querySelector('h1');
  });

  script.release();
  // The app is running once it has read the identity server's discovery (the DPoP row then says what it offers).
  await expect(page.getByRole('checkbox', { name: 'Sender-constrained tokens (DPoP)' })).toBeEnabled();
  const sameHeading = await page.evaluate(() => document.querySelector('h1') === (window as Window & { prerenderedHeading?: Element | null }).prerenderedHeading);
  expect(sameHeading, 'the app kept the painted heading rather than building it again').toBe(true);
  expect(script.problems).toEqual([]);

  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('textbox', { name: 'Username' })).toBeVisible();
});

test('a browser that prefers Norwegian never sees the English page: nothing until the app renders Norwegian', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'nb-NO' });
  try {
    const page = await context.newPage();
    const script = await holdAppScript(page);
    await openWithoutScript(page, '/');
    await expect(page.locator('#root')).toBeEmpty();

    script.release();
    await expect(page.getByRole('heading', { level: 1, name: 'Logg inn i Lokal sandkasse' })).toBeVisible();
    expect(script.problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a reload while signed in shows no sign-in page before the session is checked', async ({ page }) => {
  await signInAsDemo(page);
  const script = await holdAppScript(page);
  await page.reload({ waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState !== 'loading');
  await expect(page.locator('#root')).toBeEmpty();

  script.release();
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in' })).toHaveCount(0);
  expect(script.problems).toEqual([]);
});
