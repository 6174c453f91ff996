import { expect, test, type Page } from '@playwright/test';
import { openExplorerSection, signIn } from './explorer-nav.ts';

async function expectRows(page: Page, rows: [RegExp, 'Pass' | 'Fail' | 'Not applicable'][]) {
  for (const [name, result] of rows) await expect(page.getByRole('row', { name }).getByRole('cell').first(), String(name)).toContainText(result);
}

test('the scorecard passes code + PKCE against the sandbox, with evidence, and marks what it lacks', async ({ page }) => {
  test.slow();
  await signIn(page);
  await openExplorerSection(page, 'Compliance');
  await expectRows(page, [
    [/RFC 7636 §4\.3 .*PKCE with S256/, 'Pass'],
    [/RFC 7636 §4\.5/, 'Pass'],
    [/state sent and returned unchanged/, 'Pass'],
    [/nonce sent with an OpenID request/, 'Pass'],
    [/RFC 9207 §2\.4/, 'Pass'],
    [/No implicit flow/, 'Pass'],
    [/No token in a URL/, 'Pass'],
    [/Short-lived access token/, 'Pass'],
    [/ID token signed asymmetrically/, 'Pass'],
    [/Redirect URI exact/, 'Pass'],
    [/No client secret in the browser/, 'Pass'],
    [/No password grant/, 'Pass'],
    [/Refresh token rotated/, 'Not applicable'],
    [/Sender-constrained access token/, 'Fail'],
    [/Pushed authorization request/, 'Fail'],
  ]);
  const pkce = page.getByRole('row', { name: /PKCE with S256/ });
  await expect(pkce).toContainText(/Step \d+ \(Authorization request\): code_challenge_method=S256/);
  await expect(page.getByRole('row', { name: /RFC 9207/ })).toContainText('iss=http://localhost:5001');
  await expect(page.getByRole('row', { name: /ID token signed/ })).toContainText('alg=RS256');
});

test('the scorecard fails the implicit flow on the clauses that forbid it', async ({ page }) => {
  test.slow();
  await signIn(page, 'Implicit');
  await openExplorerSection(page, 'Compliance');
  await expectRows(page, [
    [/No implicit flow/, 'Fail'],
    [/No token in a URL/, 'Fail'],
    [/PKCE with S256/, 'Not applicable'],
    [/state sent and returned unchanged/, 'Pass'],
    [/nonce sent with an OpenID request/, 'Pass'],
    [/Sender-constrained access token/, 'Fail'],
  ]);
  await expect(page.getByRole('row', { name: /No implicit flow/ })).toContainText('response_type=id_token token');
  await expect(page.getByRole('row', { name: /No token in a URL/ })).toContainText('access_token (in the URL)');
});
