import type { Browser, BrowserContext, Page, Request } from '@playwright/test';
import { apiBaseUrl, appOrigin, authority, floorOrigin } from './config.ts';

/** The sandbox's demo company, which a returning user has added before (v3 lists no companies). */
const demoCompanyId = '3f2b8c1e-5d4a-4e7b-9c61-0a8d2f4b7e15';

/** A context with nothing in it (no cookies, no HTTP cache) but the app's remembered company id. */
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(15_000);
  await context.addInitScript(
    ([origin, id]) => {
      if (window.location.origin === origin) window.localStorage.setItem('obe.companies:local:demo', JSON.stringify({ ids: [id], current: id }));
    },
    [appOrigin, demoCompanyId] as const,
  );
  return context;
}

/** The ready signed-out page: its "Sign in" button is on screen. */
export async function openSignedOut(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
}

/** The accounts table has at least one row. */
export async function accountsShown(page: Page): Promise<void> {
  await page.locator('table tbody tr').first().waitFor({ state: 'visible' });
}

/**
 * The same as `accountsShown`, but checked on every animation frame: a locator's wait polls ever
 * more slowly (up to every 500 ms), which would add up to half a second to the slower target.
 */
async function accountsShownThisFrame(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('table tbody tr')?.checkVisibility({ visibilityProperty: true }) ?? false, undefined, {
    polling: 'raf',
  });
}

/**
 * From the click on the app's "Sign in" to the first account row, as a person does it (typing with
 * `fill`, the same for every target). Returns the wall time in milliseconds, measured here.
 */
export async function timedSignIn(page: Page): Promise<number> {
  const start = performance.now();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('textbox', { name: 'Username' }).fill('demo');
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: 'Allow' }).click();
  await accountsShownThisFrame(page);
  const elapsed = performance.now() - start;
  await accountsShown(page);
  await page.getByRole('heading', { name: 'Accounts', exact: true }).waitFor();
  return elapsed;
}

/** Resolves once no request of the context has been in flight for `quietMs`. */
export async function networkQuiet(context: BrowserContext, quietMs = 500): Promise<void> {
  const inFlight = new Set<Request>();
  const add = (request: Request) => inFlight.add(request);
  const remove = (request: Request) => inFlight.delete(request);
  context.on('request', add);
  context.on('requestfinished', remove);
  context.on('requestfailed', remove);
  try {
    let quietSince = performance.now();
    while (performance.now() - quietSince < quietMs) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (inFlight.size > 0) quietSince = performance.now();
    }
  } finally {
    context.off('request', add);
    context.off('requestfinished', remove);
    context.off('requestfailed', remove);
  }
}

const origins: Record<string, string> = {
  [appOrigin]: 'app',
  [floorOrigin]: 'floor',
  [authority]: 'identity',
  [apiBaseUrl]: 'api',
};

/** `GET identity /connect/authorize`: a request with ids and hashed file names folded, to compare runs and targets. */
export function endpointOf(request: Request): string {
  const url = new URL(request.url());
  const where = origins[url.origin] ?? url.origin;
  const path = url.pathname
    .replace(/^\/assets\/.*\.(js|css)$/, '/assets/*.$1')
    .replace(/^\/api\/v3\/(accounts|statements|receivables)\/[^/]+/, '/api/v3/$1/{companyId}')
    .replace(/^\/interaction\/[^/]+/, '/interaction/{uid}')
    .replace(/^\/connect\/authorize\/[^/]+/, '/connect/authorize/{uid}');
  return `${request.method()} ${where} ${path}`;
}
