import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Request, type Response } from '@playwright/test';
import { showAccounts } from './banking.ts';
import { sandbox, shortLivedSandbox } from './sandboxes.ts';
import { chooseCustomEnvironment, demoUser, submitLogin } from './sign-in.ts';

/*
 * Sender-constrained tokens from the signed-out page to the data: the checkbox, the sign-in with the
 * code flow against the sandbox, proofs on every API call, and the token refused anywhere without the
 * browser's key (which the test cannot use either: it only replays what it saw the browser send).
 */

const dpopBox = (page: Page) => page.getByRole('checkbox', { name: 'Sender-constrained tokens (DPoP)' });

/** API requests the page makes (not the preflights, which carry no credentials). */
function apiRequests(page: Page, apiBaseUrl: string): Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(apiBaseUrl) && request.method() !== 'OPTIONS') seen.push(request);
  });
  return seen;
}

/** Token-endpoint answers, in order. */
function tokenAnswers(page: Page): Promise<Record<string, unknown>>[] {
  const answers: Promise<Record<string, unknown>>[] = [];
  page.on('response', (response: Response) => {
    if (new URL(response.url()).pathname.endsWith('/token') && response.request().method() === 'POST') answers.push(response.json() as Promise<Record<string, unknown>>);
  });
  return answers;
}

async function signInWithDpop(page: Page): Promise<void> {
  await dpopBox(page).check();
  await expect(page.getByRole('radio', { name: 'Authorization code + PKCE' })).toBeChecked();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await submitLogin(page, demoUser.username, demoUser.password);
  await page.getByRole('button', { name: 'Allow' }).click();
  await showAccounts(page);
}

const jwtClaims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { cnf?: { jkt?: string } };

const dpopKeysLeft = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('oidc');
        open.onupgradeneeded = () => open.result.createObjectStore('dpop');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('dpop', 'readonly').objectStore('dpop').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
  );

test('off by default, remembered, beside the note that implicit cannot use DPoP; axe-clean', async ({ page }) => {
  await page.goto('/');
  await expect(dpopBox(page)).not.toBeChecked();
  await dpopBox(page).check();
  await page.reload();
  await expect(dpopBox(page)).toBeChecked();
  await page.getByRole('radio', { name: 'Implicit' }).check();
  await expect(dpopBox(page)).toBeDisabled();
  await expect(dpopBox(page)).not.toBeChecked();
  await expect(page.getByText('The implicit flow cannot use DPoP')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('an identity server that offers no DPoP: the box is there from the first paint, stays off and says why', async ({ page }) => {
  await page.route(`${sandbox.authority}/.well-known/openid-configuration`, async (route) => {
    const response = await route.fetch();
    const { dpop_signing_alg_values_supported: _dpop, ...rest } = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: rest });
  });
  await page.goto('/');
  await expect(page.getByText('localhost:5001 does not offer it: its discovery document names no ES256 among dpop_signing_alg_values_supported.')).toBeVisible();
  await expect(dpopBox(page)).toBeDisabled();
  await expect(dpopBox(page)).not.toBeChecked();
});

test('a DPoP sign-in shows accounts; every API call carries a proof; the token is refused without the key; sign-out forgets the key', async ({ page }) => {
  test.slow();
  const requests = apiRequests(page, sandbox.apiBaseUrl);
  const tokens = tokenAnswers(page);
  await page.goto('/');
  await signInWithDpop(page);

  expect((await tokens[0])?.token_type).toBe('DPoP');
  expect(requests.length).toBeGreaterThan(0);
  for (const request of requests) {
    const headers = await request.allHeaders();
    expect(headers.authorization, request.url()).toMatch(/^DPoP \S+$/);
    expect(headers.dpop, request.url()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  }
  expect(await dpopKeysLeft(page)).toBe(1);

  // Replayed from here, with what the browser sent: the token and one of its proofs.
  const seen = requests.at(-1);
  if (!seen) throw new Error('no API request seen');
  const headers = await seen.allHeaders();
  const token = (headers.authorization ?? '').slice('DPoP '.length);
  const proof = headers.dpop ?? '';
  const refusal = async (url: string, init: RequestInit) => {
    const response = await fetch(url, init);
    expect(response.status, url).toBe(401);
    return response.headers.get('www-authenticate') ?? '';
  };
  expect(await refusal(seen.url(), { headers: { Authorization: `Bearer ${token}` } })).toMatch(/^DPoP error="invalid_token"/);
  expect(await refusal(seen.url(), { headers: { Authorization: `DPoP ${token}` } })).toMatch(/^DPoP error="invalid_dpop_proof"/);
  const otherUrl = `${sandbox.apiBaseUrl}/api/v3/statements/00000000-0000-4000-8000-000000000000`;
  expect(await refusal(otherUrl, { headers: { Authorization: `DPoP ${token}`, DPoP: proof } })).toMatch(/^DPoP error="invalid_dpop_proof", error_description="[^"]*is for/);
  // The proof of a GET, sent with a PUT (approve: a documented operation with no body, so the contract check holds).
  const approve = `${sandbox.apiBaseUrl}/api/v3/payments/00000000-0000-4000-8000-000000000000/approve`;
  expect(await refusal(approve, { method: 'PUT', headers: { Authorization: `DPoP ${token}`, DPoP: proof } })).toMatch(/^DPoP error="invalid_dpop_proof", error_description="[^"]*PUT/);
  // The browser already used this proof: sent again as it was, it is a replay.
  expect(await refusal(seen.url(), { headers: { Authorization: `DPoP ${token}`, DPoP: proof } })).toMatch(/^DPoP error="invalid_dpop_proof", error_description="[^"]*jti/);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(`${sandbox.authority}/**`);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(await dpopKeysLeft(page)).toBe(0);
});

test('the API’s nonce challenge is answered, and renewal keeps the tokens bound to the same key', async ({ page }) => {
  test.slow();
  const requests = apiRequests(page, shortLivedSandbox.apiBaseUrl);
  const challenges: string[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith(shortLivedSandbox.apiBaseUrl) && response.status() === 401) challenges.push(response.headers()['www-authenticate'] ?? '');
  });
  const tokens = tokenAnswers(page);
  await chooseCustomEnvironment(page, shortLivedSandbox);
  await signInWithDpop(page);
  // This sandbox's API demands a nonce (API_DPOP_NONCE=require): the first call was challenged and answered.
  expect(challenges.some((challenge) => /error="use_dpop_nonce"/.test(challenge))).toBe(true);
  const nonced = await Promise.all(requests.map(async (request) => jwtClaims((await request.allHeaders()).dpop ?? '') as { nonce?: string }));
  expect(nonced.some((claims) => typeof claims.nonce === 'string')).toBe(true);

  const first = await tokens[0];
  const firstJkt = jwtClaims(String(first?.access_token)).cnf?.jkt;
  expect(firstJkt).toMatch(/^[\w-]{43}$/);
  // The 10-second token is renewed with the refresh token before it runs out.
  await expect.poll(() => tokens.length, { timeout: 30_000 }).toBeGreaterThan(1);
  const renewed = await tokens[1];
  expect(renewed?.token_type).toBe('DPoP');
  expect(jwtClaims(String(renewed?.access_token)).cnf?.jkt).toBe(firstJkt);

  // Renewed tokens keep working: a reload's calls carry a token bound to the same key, with a proof, and are answered.
  const before = requests.length;
  await page.reload();
  await showAccounts(page);
  const after = requests.slice(before);
  expect(after.length).toBeGreaterThan(0);
  for (const request of after) {
    const headers = await request.allHeaders();
    expect(jwtClaims((headers.authorization ?? '').slice('DPoP '.length)).cnf?.jkt).toBe(firstJkt);
    expect(headers.dpop).toBeTruthy();
  }
  expect((await after.at(-1)?.response())?.status()).toBe(200);
});
