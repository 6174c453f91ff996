import { expect, test, type Page } from '@playwright/test';
import { testProvider } from './sandboxes.ts';
import { chooseCustomEnvironment } from './sign-in.ts';
import { TEST_COMPANY_ID } from './test-provider/api.ts';
import { storedUsers, tokensLeft, watchTokens } from './storage.ts';
import { scenarios, type ResponseType } from './test-provider/scenarios.ts';

/*
 * The relying-party side of the OpenID certification tests (Basic, Implicit, Config) and RFC 9207:
 * every scenario of the misbehaving test provider, for every response type it applies to.
 * Each test notes its outcome; the summary reporter prints the table at the end of the run.
 */

/** What the alert must name for each rejected scenario. */
const named: Record<string, RegExp> = {
  'bad-signature': /signature does not match/,
  'alg-none': /algorithm that is not allowed/,
  'iss-mismatch': /issued by another identity server \(iss\)/,
  'aud-mismatch': /another client \(aud\)/,
  'aud-missing': /another client \(aud\)/,
  'sub-missing': /names no user \(sub\)/,
  'iat-missing': /issue time \(iat\)/,
  expired: /has expired \(exp\)/,
  'nonce-mismatch': /\(nonce\)/,
  'nonce-missing': /\(nonce\)/,
  'at-hash-wrong': /\(at_hash\)/,
  'at-hash-missing': /\(at_hash\)/,
  'userinfo-sub-mismatch': /userinfo endpoint describes another user/,
  'discovery-issuer-mismatch': /discovery document names another issuer/,
  'response-iss-mismatch': /another identity server \(iss\), which points to a mix-up attack/,
  'response-iss-missing': /names no issuer \(iss\)/,
  'state-mismatch': /does not belong to a sign-in started in this tab/,
  'access-denied': /Access was denied.*The user said no/,
  'token-error': /sign-in code was refused.*code expired/,
  'token-html': /not JSON/,
  'token-500': /identity server failed/,
  'authorize-javascript': /endpoint that is not https/,
  'token-http-remote': /endpoint that is not https/,
  'renewal-other-sub': /renewed session is for another user \(sub\)/,
};

const flowOf = (responseType: ResponseType) => (responseType === 'code' ? 'code' : 'implicit');

async function signIn(page: Page, scenario: string, responseType: ResponseType) {
  await chooseCustomEnvironment(page, {
    authority: testProvider.issuer(scenario),
    apiBaseUrl: testProvider.issuer(scenario),
    // Without openid the implicit flow asks for a plain OAuth `token`.
    scope: responseType === 'token' ? 'bankservice' : 'openid profile email bankservice',
  });
  await page.getByRole('radio', { name: flowOf(responseType) === 'code' ? 'Authorization code + PKCE' : 'Implicit', exact: true }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
}


for (const scenario of scenarios) {
  test.describe(`scenario ${scenario.name}`, () => {
    // key-rotated counts JWKS fetches since its reset: its tests must not overlap.
    if (scenario.name === 'key-rotated') test.describe.configure({ mode: 'serial' });

    for (const responseType of scenario.responseTypes) {
      test(`${scenario.expect === 'accepted' ? 'accepts' : 'rejects'} it with response_type=${responseType}: ${scenario.description}`, async ({ page, request }) => {
        await request.post(`${testProvider.origin}/__reset/${scenario.name}`);
        const annotation = { type: 'conformance', description: JSON.stringify({ scenario: scenario.name, flow: responseType, expected: scenario.expect, result: 'failed' }) };
        test.info().annotations.push(annotation);
        const tokens = watchTokens(page);
        const dialogs: string[] = [];
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        await signIn(page, scenario.name, responseType);

        if ('shows' in scenario && scenario.shows === 'renewal') {
          // Signed in first; the defect comes with the renewal, a few seconds later.
          await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
          // A fresh sign-in asks which company to show (v3 lists no companies): the signed-in screen.
          await expect(page.getByRole('textbox', { name: 'Company ID' })).toBeVisible();
          await expect(page.getByRole('alert')).toContainText(named[scenario.name] ?? /refused/, { timeout: 20_000 });
        }
        if (scenario.expect === 'accepted') {
          await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
          // The token works at the provider's API: its test company's accounts load once the app is given its id.
          await page.getByRole('textbox', { name: 'Company ID' }).fill(TEST_COMPANY_ID);
          await page.getByRole('button', { name: 'Add company' }).click();
          await expect(page.getByRole('row').filter({ hasText: '12345678903' })).toBeVisible();
          expect(await storedUsers(page)).toHaveLength(1);
        } else {
          await expect(page.getByRole('alert')).toContainText(named[scenario.name] ?? /refused/);
          await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
          expect(await storedUsers(page)).toEqual([]);
          // Nothing of the refused response is kept: not its tokens, not its record in the wire log.
          expect(await tokensLeft(page, tokens)).toEqual([]);
        }
        if (scenario.name === 'no-expires-in') {
          // A bounded lifetime (five minutes), not an expired token renewed in a loop.
          await expect(page.getByText(/Session: [45] min left/)).toBeVisible();
          expect(tokens.length).toBeLessThanOrEqual(3);
        }
        expect(dialogs).toEqual([]);
        expect(await page.title()).not.toBe('pwned');
        expect(new URL(page.url()).hash).toBe('');
        expect(new URL(page.url()).search).not.toMatch(/code=|state=|access_token/);
        annotation.description = JSON.stringify({ scenario: scenario.name, flow: responseType, expected: scenario.expect, result: scenario.expect });
      });
    }
  });
}

test.describe('replays', () => {
  for (const responseType of ['code', 'id_token token'] as const) {
    test(`rejects the same ${flowOf(responseType)} callback loaded a second time, and never exchanges a code twice`, async ({ page, request }) => {
      // The redirect's Location keeps the fragment, which request URLs leave out.
      const callbacks: string[] = [];
      page.on('response', (response) => {
        const location = response.headers().location;
        if (new URL(response.url()).pathname.endsWith('/authorize') && location) callbacks.push(location);
      });
      await request.post(`${testProvider.origin}/__reset/good`);
      await signIn(page, 'good', responseType);
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
      const [callback] = callbacks;
      expect(callbacks).toHaveLength(1);
      if (!callback) return;

      await page.goto(callback);
      await expect(page.getByRole('alert')).toContainText(/does not belong to a sign-in started in this tab/);
      const stats = (await (await request.get(`${testProvider.origin}/__stats/good`)).json()) as { codeExchanges: Record<string, number> };
      expect(Object.values(stats.codeExchanges).every((count) => count <= 1)).toBe(true);
      expect(new URL(page.url()).hash).toBe('');
    });
  }
});
