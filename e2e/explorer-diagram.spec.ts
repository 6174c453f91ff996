import { expect, test, type Page } from '@playwright/test';
import { showAccounts } from './banking.ts';
import { openExplorerSection, signIn } from './explorer-nav.ts';

const arrowsOf = (page: Page) => page.getByRole('group', { name: /^Sequence diagram: \d+ exchanges?\./ }).getByRole('button');

/** The diagram has exactly one arrow per exchange the timeline lists (API calls that land late are waited for). */
async function expectOneArrowPerExchange(page: Page): Promise<number> {
  let count = 0;
  await expect(async () => {
    await openExplorerSection(page, 'Timeline');
    count = await page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').count();
    await openExplorerSection(page, 'Sequence diagram');
    await expect(arrowsOf(page)).toHaveCount(count, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  return count;
}

test('after a code sign-in: one arrow per exchange, each selectable by click or keyboard, with its masked details', async ({ page }) => {
  test.slow();
  await signIn(page);
  await showAccounts(page); // the first API calls: the company's accounts
  const count = await expectOneArrowPerExchange(page);
  const arrows = arrowsOf(page);
  const names = await arrows.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
  for (const step of [
    /Authorization request \(code\), Browser \/ app to Identity server: ↪ redirect/,
    /Authorization response, Identity server to Browser \/ app/,
    /Token request \(authorization_code\), Browser \/ app to Identity server: ✓ 200 succeeded/,
    /Userinfo, Browser \/ app to Identity server/,
    /API call \/api\/v3\/accounts\/[0-9a-f-]+ \(Bearer\), Browser \/ app to Open Banking API: ✓ 200/,
  ]) {
    expect(names.some((name) => step.test(name)), `${step} in ${names.join(' | ')}`).toBe(true);
  }

  const tokenArrow = arrows.filter({ hasText: 'Token request (authorization_code)' });
  await tokenArrow.click();
  await expect(tokenArrow).toHaveAttribute('aria-pressed', 'true');
  const index = names.findIndex((name) => name.includes('Token request (authorization_code)'));
  const details = page.getByRole('region', { name: `Step ${index + 1}: Token request (authorization_code)` });
  await expect(details.getByRole('table', { name: 'Sent' }).getByRole('row', { name: /^code / })).toContainText('…');
  await expect(details.getByRole('table', { name: 'Received' }).getByRole('row', { name: /^access_token / })).toContainText('…');

  // Keyboard: the arrow keys move the selection, and the stepper follows.
  await tokenArrow.focus();
  await page.keyboard.press('ArrowDown');
  await expect(arrows.nth(index + 1)).toBeFocused();
  await expect(arrows.nth(index + 1)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: /^Step \d+ of/ })).toHaveText(`Step ${index + 2} of ${count}`);
  await page.keyboard.press('Home');
  await expect(arrows.first()).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(arrows.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Previous step' }).click();
  await expect(arrows.first()).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Previous step' })).toBeDisabled();

  // The same steps as a table, for screen readers.
  await page.locator('summary', { hasText: 'Steps' }).click();
  await expect(page.getByRole('table', { name: 'Steps' }).getByRole('row')).toHaveCount(count + 1);
});

test('after an implicit sign-in: one arrow per exchange, tokens arriving with the redirect and no token request', async ({ page }) => {
  test.slow();
  await signIn(page, 'Implicit');
  await expectOneArrowPerExchange(page);
  const arrows = arrowsOf(page);
  await expect(arrows.filter({ hasText: 'Authorization request (id_token token)' })).toHaveCount(1);
  await expect(arrows.filter({ hasText: 'Token request' })).toHaveCount(0);
  const answer = arrows.filter({ hasText: 'Authorization response' });
  await answer.click();
  const details = page.getByRole('region', { name: /^Step \d+: Authorization response$/ });
  await expect(details.getByRole('table', { name: 'Received' }).getByRole('row', { name: /^access_token / })).toContainText('…');
});

test('API calls show in the timeline with their Authorization scheme, and the filter hides them', async ({ page }) => {
  await signIn(page);
  await showAccounts(page);
  await openExplorerSection(page, 'Timeline');
  const timeline = page.getByRole('list', { name: 'Timeline' });
  const apiCalls = timeline.getByRole('listitem').filter({ hasText: 'API call' });
  await expect(apiCalls.filter({ hasText: '/api/v3/accounts/' }).first()).toContainText('Authorization: Bearer');
  await apiCalls.first().locator('summary').click();
  await expect(apiCalls.first().getByRole('table', { name: 'Sent' }).getByRole('row', { name: /^Authorization / })).toContainText('Bearer');
  await expect(apiCalls.first().getByRole('table', { name: 'Sent' }).getByRole('row', { name: /^Authorization / })).toContainText('…');
  await page.getByRole('checkbox', { name: 'Show API calls' }).uncheck();
  await expect(apiCalls).toHaveCount(0);
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Token request' })).toHaveCount(1);
});
