import type { Browser, BrowserContext, Page } from '@playwright/test';
import { accountsShown, endpointOf, freshContext, networkQuiet, openSignedOut, timedSignIn } from './browser.ts';
import { apiBaseUrl, appOrigin, authority } from './config.ts';

type Flow = 'code' | 'implicit';
type Phase = 'home' | 'signIn' | 'reload' | 'screens';

interface Seen {
  phase: Phase;
  method: string;
  url: URL;
}

export interface RequestCheck {
  what: string;
  count: number;
  expected: number;
  ok: boolean;
}

export interface SessionRequests {
  flow: Flow;
  checks: RequestCheck[];
  /** Everything the session requested, per phase: endpoint → count. */
  phases: Record<Phase, Record<string, number>>;
}

const screens = ['Payments', 'Profile', 'Accounts'] as const;

async function visit(context: BrowserContext, page: Page, screen: (typeof screens)[number]): Promise<void> {
  await page.getByRole('link', { name: screen, exact: true }).click();
  await page.getByRole('heading', { name: screen, exact: true }).waitFor();
  if (screen === 'Accounts') await accountsShown(page);
  await networkQuiet(context);
}

/**
 * One whole session of the app: sign-in, a reload, then Payments, Profile and back to Accounts —
 * counting what reached the wire. Each step waits for a quiet network, so late requests count in it.
 */
async function session(browser: Browser, flow: Flow): Promise<SessionRequests> {
  const context = await freshContext(browser);
  const seen: Seen[] = [];
  const phases: SessionRequests['phases'] = { home: {}, signIn: {}, reload: {}, screens: {} };
  let phase: Phase = 'home';
  context.on('request', (request) => {
    seen.push({ phase, method: request.method(), url: new URL(request.url()) });
    const endpoint = endpointOf(request);
    phases[phase][endpoint] = (phases[phase][endpoint] ?? 0) + 1;
  });
  try {
    const page = await context.newPage();
    await openSignedOut(page, appOrigin);
    if (flow === 'implicit') await page.getByRole('radio', { name: 'Implicit', exact: true }).check();
    await networkQuiet(context);
    phase = 'signIn';
    await timedSignIn(page);
    await networkQuiet(context);
    phase = 'reload';
    await page.reload();
    await accountsShown(page);
    await networkQuiet(context);
    phase = 'screens';
    for (const screen of screens) await visit(context, page, screen);
  } catch (error) {
    throw new Error(`The ${flow} session (phase ${phase}) failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    await context.close();
  }

  const count = (test: (request: Seen) => boolean) => seen.filter(test).length;
  const tokenPost = (request: Seen) => request.method === 'POST' && request.url.origin === authority && request.url.pathname === '/connect/token';
  const check = (what: string, found: number, expected: number): RequestCheck => ({ what, count: found, expected, ok: found === expected });
  return {
    flow,
    phases,
    checks: [
      check('token POSTs during sign-in', count((r) => r.phase === 'signIn' && tokenPost(r)), flow === 'code' ? 1 : 0),
      check('token POSTs during the reload', count((r) => r.phase === 'reload' && tokenPost(r)), 0),
      check(
        'GET /api/v3/accounts/{companyId}: Accounts (reload) → Payments → Profile → Accounts',
        count((r) => (r.phase === 'reload' || r.phase === 'screens') && r.method === 'GET' && r.url.origin === apiBaseUrl && r.url.pathname.startsWith('/api/v3/accounts/')),
        1,
      ),
      check(
        'discovery GETs, whole session',
        count((r) => r.method === 'GET' && r.url.origin === authority && r.url.pathname === '/.well-known/openid-configuration'),
        1,
      ),
      check('JWKS GETs, whole session', count((r) => r.method === 'GET' && r.url.origin === authority && r.url.pathname.endsWith('/jwks')), 1),
    ],
  };
}

export async function countRequests(browser: Browser): Promise<SessionRequests[]> {
  return [await session(browser, 'code'), await session(browser, 'implicit')];
}
