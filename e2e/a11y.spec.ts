import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addCompany, fillLine, openNewPayment, openOperatingAccount, showAccounts, uniqueCreditor } from './banking.ts';
import { demoUser, startSignIn, submitLogin } from './sign-in.ts';
import { walk } from './walk.ts';

const schemes = ['light', 'dark'] as const;

/** Fails with one line per violation: rule, impact and the elements it found. */
async function expectNoViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = results.violations.map(
    (violation) => `${where}: ${violation.id} (${violation.impact ?? 'unknown'}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(found).toEqual([]);
}

for (const colorScheme of schemes) {
  test.describe(`in the ${colorScheme} colour scheme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
    });

    test('the signed-out pages have no WCAG 2.1 AA violations', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
      await expectNoViolations(page, 'home');

      await page.getByRole('combobox', { name: 'Environment' }).selectOption({ label: 'Custom' });
      await page.getByRole('textbox', { name: 'Authority' }).fill('http://id.example.com');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('textbox', { name: 'Authority' })).toHaveAttribute('aria-invalid', 'true');
      await expectNoViolations(page, 'custom environment');
    });

    test('the signed-in pages have no WCAG 2.1 AA violations', async ({ page }) => {
      const nav = page.getByRole('navigation', { name: 'Main' });
      await walk([
        ['sign in', async () => {
          await startSignIn(page);
          await submitLogin(page, demoUser.username, demoUser.password);
          await page.getByRole('button', { name: 'Allow' }).click();
        }],
        ['which company, with an error', async () => {
          await addCompany(page, 'not-a-company');
          await expect(page.getByRole('alert')).toBeVisible();
          await expectNoViolations(page, 'which company, with an error');
        }],
        ['accounts', async () => {
          await showAccounts(page);
          await expectNoViolations(page, 'accounts');
        }],
        ['statement', async () => {
          await openOperatingAccount(page);
          await expect(page.getByRole('navigation', { name: 'Pages' }).getByRole('status')).toHaveText(/^Showing/);
          await expectNoViolations(page, 'statement');
        }],
        ['receivables', async () => {
          await nav.getByRole('link', { name: 'Receivables', exact: true }).click();
          await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
          await expectNoViolations(page, 'receivables');
        }],
        ['companies', async () => {
          await nav.getByRole('link', { name: 'Companies', exact: true }).click();
          await expect(page.getByRole('button', { name: /^Remove / })).toBeVisible();
          await expectNoViolations(page, 'companies');
        }],
        ['new payment with errors', async () => {
          await openNewPayment(page);
          await page.getByRole('button', { name: 'Add line' }).click();
          await page.getByRole('button', { name: 'Submit payment' }).click();
          await expect(page.getByRole('group', { name: 'Line 1' }).getByRole('textbox', { name: 'Creditor name' })).toHaveAttribute('aria-invalid', 'true');
          await expectNoViolations(page, 'new payment with errors');
        }],
        ['payment status', async () => {
          await page.getByRole('button', { name: 'Remove line 2' }).click();
          await fillLine(page, 1, { creditor: uniqueCreditor('a11y') });
          await page.getByRole('button', { name: 'Submit payment' }).click();
          await expect(page.getByRole('heading', { level: 1, name: 'Payment status' })).toBeVisible();
          await expect(page.getByRole('button', { name: 'Approve' })).toBeVisible();
          await expectNoViolations(page, 'payment status');
        }],
        ['your submissions', async () => {
          await page.getByRole('link', { name: 'Back to payments' }).click();
          await expect(page.getByRole('table')).toBeVisible();
          await expectNoViolations(page, 'your submissions');
        }],
        ['profile', async () => {
          await nav.getByRole('link', { name: 'Profile' }).click();
          await expect(page.getByRole('definition').filter({ hasText: 'demo@example.com' }).first()).toBeVisible();
          await expectNoViolations(page, 'profile');
        }],
      ]);
    });
  });
}
