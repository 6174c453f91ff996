import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { explorerSections, openExplorerSection, signIn } from './explorer-nav.ts';

test('each section is reached by its link, marked current, and has its own address', async ({ page }) => {
  await page.goto('/explorer');
  const sections = page.getByRole('navigation', { name: 'Explorer sections' });
  // /explorer opens on the first section.
  await expect(page.getByRole('heading', { level: 2, name: 'Discovery', exact: true })).toBeVisible();
  await expect(sections.getByRole('link', { name: 'Discovery', exact: true })).toHaveAttribute('aria-current', 'page');
  for (const [name, path] of explorerSections) {
    await sections.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(sections.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(sections.locator('[aria-current="page"]')).toHaveCount(1);
  }
});

test('each section opens from its address, and Back returns to the one before', async ({ page }) => {
  for (const [name, path] of explorerSections) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: 'Server-side grants', exact: true })).toBeVisible();
  await page.goto('/explorer/no-such-section');
  await expect(page.getByRole('alert')).toContainText('no such section');
});

test('the section links work from the keyboard', async ({ page }) => {
  await page.goto('/explorer');
  const sections = page.getByRole('navigation', { name: 'Explorer sections' });
  await sections.getByRole('link', { name: 'Discovery', exact: true }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(sections.getByRole('link', { name: 'Timeline', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Timeline', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/explorer\/timeline$/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no section has WCAG 2.1 AA violations after a sign-in, in the ${colorScheme} scheme`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme });
    await signIn(page);
    const found: string[] = [];
    for (const [name] of explorerSections) {
      await openExplorerSection(page, name);
      if (name === 'Sequence diagram') await page.getByRole('button', { name: 'Next step' }).click();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      found.push(...results.violations.map((violation) => `${name}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`));
    }
    expect(found).toEqual([]);
  });
}
