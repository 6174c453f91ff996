import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { showAccounts } from './banking.ts';
import { openExplorerSection } from './explorer-nav.ts';
import { sandbox } from './sandboxes.ts';
import { demoUser, submitLogin } from './sign-in.ts';

/*
 * What a new user sees after ticking DPoP: each proof the browser sent, decoded and checked in the
 * explorer's timeline, marked in the sequence diagram, and the access token's cnf.jkt matched to the key.
 */

async function signInWithDpop(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('checkbox', { name: 'Sender-constrained tokens (DPoP)' }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await submitLogin(page, demoUser.username, demoUser.password);
  await page.getByRole('button', { name: 'Allow' }).click();
  await showAccounts(page);
}

/** One exchange of the timeline (its own entry, not the lists inside it), opened. */
async function openEntry(page: Page, kind: string, url: RegExp): Promise<Locator> {
  const entry = page
    .getByRole('list', { name: 'Timeline' })
    .locator(':scope > li')
    .filter({ has: page.locator('summary', { hasText: kind }) })
    .filter({ has: page.locator('summary', { hasText: url }) })
    .first();
  await entry.locator('summary').click();
  return entry;
}

const proofOf = (entry: Locator) => entry.getByRole('region', { name: 'DPoP proof' });

test('a DPoP sign-in’s proofs are decoded and checked in the timeline, marked in the diagram, and the token’s cnf.jkt matches the key', async ({ page }) => {
  test.slow();
  await test.step('sign in with DPoP', () => signInWithDpop(page));

  let thumbprint = '';
  let rawProof = '';
  await test.step('the token request’s proof: htm, htu, the key matching the cnf.jkt of the token it was answered with', async () => {
    await openExplorerSection(page, 'Timeline');
    const proof = proofOf(await openEntry(page, 'Token request', /\/connect\/token /));
    await expect(proof.getByText('The proof itself stays masked above')).toBeVisible();
    await expect(proof.locator('.claim').filter({ hasText: /^htm/ })).toContainText('POST');
    await expect(proof.locator('.claim').filter({ hasText: /^htu/ })).toContainText(`${sandbox.authority}/connect/token`);
    await expect(proof.getByRole('listitem').filter({ hasText: 'htm POST matches the request’s method.' })).toBeVisible();
    await expect(proof.getByRole('listitem').filter({ hasText: 'htu matches the request’s URL' })).toBeVisible();
    await expect(proof.getByRole('listitem').filter({ hasText: 'Signature valid with the key in the header' })).toBeVisible();
    await expect(proof.getByRole('listitem').filter({ hasText: 'The key’s thumbprint equals the token’s cnf.jkt' })).toBeVisible();
    await expect(proof.locator('li.proof-bad')).toHaveCount(0);
    thumbprint = (await proof.locator('.claim').filter({ hasText: 'jwk SHA-256 thumbprint' }).locator('.claim-value').textContent()) ?? '';
    expect(thumbprint).toMatch(/^[\w-]{43}$/);
  });

  await test.step('an API call’s proof: htm, htu, ath equal to the hash of the token it went with, the same key', async () => {
    const entry = await openEntry(page, 'API call', /\/api\/v3\/accounts\//);
    const proof = proofOf(entry);
    await expect(proof.locator('.claim').filter({ hasText: /^htm/ })).toContainText('GET');
    await expect(proof.locator('.claim').filter({ hasText: /^htu/ })).toContainText(`${sandbox.apiBaseUrl}/api/v3/accounts/`);
    await expect(proof.locator('.claim').filter({ hasText: /^ath/ })).toBeVisible();
    await expect(proof.getByRole('listitem').filter({ hasText: 'htm GET matches the request’s method.' })).toBeVisible();
    await expect(proof.getByRole('listitem').filter({ hasText: 'ath is the hash of the access token sent with it' })).toBeVisible();
    await expect(proof.getByRole('listitem').filter({ hasText: 'The key’s thumbprint equals the token’s cnf.jkt' })).toBeVisible();
    await expect(proof.locator('.claim').filter({ hasText: 'jwk SHA-256 thumbprint' }).locator('.claim-value')).toHaveText(thumbprint);
    // The proof itself stays masked in the table of what was sent, until the user reveals it.
    const sentProof = entry.getByRole('table', { name: 'Sent' }).getByRole('row', { name: /^DPoP / });
    await expect(sentProof).toContainText('…');
    await sentProof.getByRole('button', { name: 'Reveal' }).click();
    rawProof = (await sentProof.locator('.secret-value').textContent()) ?? '';
    expect(rawProof).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const results = await new AxeBuilder({ page }).include('.timeline').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  await test.step('the diagram marks the requests that carried a proof, in its text alternative too', async () => {
    await openExplorerSection(page, 'Sequence diagram');
    const diagram = page.getByRole('group', { name: /^Sequence diagram: \d+ exchanges?\./ });
    await expect(diagram.getByRole('button', { name: /Token request \(authorization_code\) \+ DPoP proof, Browser \/ app to Identity server/ }).first()).toBeVisible();
    await expect(diagram.getByRole('button', { name: /API call \/api\/v3\/accounts\/\S+ \(DPoP\) \+ DPoP proof, Browser \/ app to Open Banking API/ }).first()).toBeVisible();
    await page.locator('summary', { hasText: 'Steps' }).click();
    await expect(page.getByRole('table', { name: 'Steps' }).getByRole('cell', { name: /\(DPoP\) \+ DPoP proof$/ }).first()).toBeVisible();
  });

  await test.step('the JWT inspector explains the access token’s cnf.jkt and says it matches the key of the proofs', async () => {
    await openExplorerSection(page, 'JWT inspector');
    const binding = page.getByRole('article', { name: 'Access token', exact: true }).getByRole('region', { name: 'Bound to a key (cnf.jkt)' });
    await expect(binding).toContainText(`thumbprint (RFC 7638) is ${thumbprint}`);
    await expect(binding.getByRole('status')).toHaveText('It matches the key that signed the DPoP proofs this page recorded: this browser holds the key the token is bound to.');
    // A proof pasted in is recognised as one, and checked with the key in its own header.
    await page.getByRole('textbox', { name: 'JWT', exact: true }).fill(rawProof);
    const pasted = page.getByRole('region', { name: 'Paste a token' });
    await expect(pasted.getByText('This is a DPoP proof (typ dpop+jwt, RFC 9449 §4.2), not a token')).toBeVisible();
    await expect(pasted.getByText('Signature valid (ES256)')).toBeVisible();
    await expect(pasted.locator('.claim').filter({ hasText: /^htm/ })).toContainText('HTTP method (RFC 9449 §4.2)');
  });

  await test.step('after a reload the proofs are no longer in memory: said plainly, the header still read', async () => {
    await page.reload();
    await openExplorerSection(page, 'Timeline');
    const proof = proofOf(await openEntry(page, 'Token request', /\/connect\/token /));
    await expect(proof.getByText('This page no longer holds the proof')).toBeVisible();
    await expect(proof.locator('.claim').filter({ hasText: 'jwk SHA-256 thumbprint' }).locator('.claim-value')).toHaveText(thumbprint);
    await expect(proof.locator('.claim').filter({ hasText: /^htm/ })).toHaveCount(0);
  });
});
