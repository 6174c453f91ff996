import { expect, test, type Page, type Request } from '@playwright/test';
import { fillPayment, operatingAccount, paymentRowsFor, uniqueCreditor } from './banking.ts';
import { signInAsDemo } from './sign-in.ts';

const statusNames = [
  'Submitted',
  'Queued for approval',
  'Dismissed by user',
  'Ready for transfer',
  'Pending bank',
  'Rejected by bank',
  'Accepted by bank',
  'Completed',
  'Dismissed by ZData',
];

const paymentsPath = `/api/v3/payments/${operatingAccount.companyId}`;

/** Every POST that creates payments for the operating company. */
function paymentPosts(page: Page): Request[] {
  const posts: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === paymentsPath) posts.push(request);
  });
  return posts;
}

async function openNewPayment(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Payments' }).click();
  await page.getByRole('link', { name: 'New payment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New payment' })).toBeVisible();
}

test('the payment list shows each payment’s status by name, and filters by status', async ({ page }) => {
  await signInAsDemo(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Payments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();

  const table = page.getByRole('table');
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const statusColumn = await table.getByRole('columnheader').allTextContents();
  const statusIndex = statusColumn.indexOf('Status');
  expect(statusIndex).toBeGreaterThan(-1);
  const statuses = await table.locator(`tbody tr td:nth-child(${statusIndex + 1})`).allTextContents();
  expect(statuses.length).toBeGreaterThan(0);
  for (const status of statuses) expect(statusNames).toContain(status);
  // The demo data has every status at least once.
  expect(new Set(statuses).size).toBeGreaterThan(5);

  const requests: URL[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('/payments') && url.pathname.startsWith('/api/v3/companies/')) requests.push(url);
  });
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Completed' });
  await expect.poll(() => requests.at(-1)?.searchParams.get('status')).toBe('7');
  await expect(table.locator(`tbody tr td:nth-child(${statusIndex + 1})`).first()).toHaveText('Completed');
  for (const status of await table.locator(`tbody tr td:nth-child(${statusIndex + 1})`).allTextContents()) expect(status).toBe('Completed');

  // Each company has its own list.
  await page.getByRole('combobox', { name: 'Company' }).selectOption({ label: 'Fjordtre Demo AS' });
  await expect.poll(() => requests.at(-1)?.pathname).toBe('/api/v3/companies/100002/payments');
  expect(new URL(page.url()).searchParams.get('company')).toBe('100002');
});

test('a double click on Submit sends one POST with one Idempotency-Key, and one payment is created', async ({ page }) => {
  const posts = paymentPosts(page);
  const creditor = uniqueCreditor('double click');
  await signInAsDemo(page);
  await openNewPayment(page);
  await fillPayment(page, { creditor, message: 'Two clicks, one payment' });

  // Hold the POST until the button has been seen disabled, so the second click lands while the first is pending.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**${paymentsPath}`, async (route) => {
    await held;
    await route.continue();
  });

  await page.getByRole('button', { name: 'Submit payment' }).dblclick();
  await expect(page.getByRole('button', { name: 'Submitting payment…' })).toBeDisabled();
  release();

  await expect(page.getByRole('status').filter({ hasText: 'Payment submitted.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Payment message' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: `Payment 1 of 1: ${creditor}` })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: /^Submitted$/ })).toBeVisible();

  const keys = posts.map((post) => post.headers()['idempotency-key']);
  expect(keys).toHaveLength(1);
  expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

  // The list was refreshed, and holds the payment exactly once.
  await page.getByRole('link', { name: 'Back to payments' }).click();
  const rows = page.getByRole('row').filter({ hasText: creditor });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Submitted');
  await expect(rows).toContainText('123.45');
});

test('a retry after the answer was lost reuses the Idempotency-Key, and the API creates the payment once', async ({ page }) => {
  const posts = paymentPosts(page);
  const creditor = uniqueCreditor('lost answer');
  await signInAsDemo(page);
  await openNewPayment(page);
  await fillPayment(page, { creditor, amount: '250' });

  // The first POST reaches the API, which creates the payment; its answer never reaches the app.
  let created: { MessageId: string } | undefined;
  await page.route(`**${paymentsPath}`, async (route) => {
    if (created) return route.continue();
    const response = await route.fetch();
    created = (await response.json()) as { MessageId: string };
    await route.abort('connectionreset');
  });

  await page.getByRole('button', { name: 'Submit payment' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The payment may not have been submitted.');
  await expect(alert).toContainText('it will not be paid twice');
  await expect(page.getByRole('button', { name: 'Submit payment' })).toBeEnabled();

  const replayed = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === paymentsPath);
  await alert.getByRole('button', { name: 'Try again' }).click();
  expect((await replayed).headers()['idempotent-replayed']).toBe('true');

  await expect(page.getByRole('status').filter({ hasText: 'Payment submitted.' })).toBeVisible();
  expect(created?.MessageId).toBeTruthy();
  expect(new URL(page.url()).pathname).toBe(`/payments/${created?.MessageId}`);
  expect(posts).toHaveLength(2);
  expect(posts[1]?.headers()['idempotency-key']).toBe(posts[0]?.headers()['idempotency-key']);

  await expect(await paymentRowsFor(page, creditor)).toHaveCount(1);
});

test('a payment changed after a failed attempt is sent with a new Idempotency-Key', async ({ page }) => {
  const posts = paymentPosts(page);
  const creditor = uniqueCreditor('changed');
  await signInAsDemo(page);
  await openNewPayment(page);
  await fillPayment(page, { creditor, amount: '10' });

  // The first attempt never reaches the API.
  await page.route(`**${paymentsPath}`, (route) => (posts.length === 1 ? route.abort('connectionrefused') : route.continue()));
  await page.getByRole('button', { name: 'Submit payment' }).click();
  await expect(page.getByRole('alert')).toContainText('The payment may not have been submitted.');

  // The user changes the amount: that is another payment, so it gets its own key.
  await page.getByRole('textbox', { name: 'Amount' }).fill('11');
  await page.getByRole('button', { name: 'Submit payment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Payment submitted.' })).toBeVisible();
  expect(posts).toHaveLength(2);
  expect(posts[1]?.headers()['idempotency-key']).not.toBe(posts[0]?.headers()['idempotency-key']);
  expect(posts[1]?.postDataJSON()).toMatchObject({ Payments: [{ Amount: 11 }] });

  const rows = await paymentRowsFor(page, creditor);
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('11.00');
});

test('the form names each wrong field, focuses the first, and sends nothing', async ({ page }) => {
  const posts = paymentPosts(page);
  await signInAsDemo(page);
  await openNewPayment(page);

  const debit = page.getByRole('combobox', { name: 'Debit account' });
  const creditorName = page.getByRole('textbox', { name: 'Creditor name' });
  const creditAccount = page.getByRole('textbox', { name: 'Credit account number' });
  const amount = page.getByRole('textbox', { name: 'Amount' });
  const dueDate = page.getByLabel('Due date');
  const message = page.getByRole('textbox', { name: /^Message/ });

  await dueDate.fill('');
  await page.getByRole('button', { name: 'Submit payment' }).click();
  await expect(debit).toBeFocused();
  await expect(debit).toHaveAccessibleDescription(/Choose the account to pay from\./);
  await expect(creditorName).toHaveAccessibleDescription('Enter the name of the creditor.');
  await expect(creditAccount).toHaveAccessibleDescription(/Enter the account number to pay to\./);
  await expect(amount).toHaveAccessibleDescription(/Enter the amount\./);
  await expect(dueDate).toHaveAccessibleDescription('Enter the due date.');
  for (const field of [debit, creditorName, creditAccount, amount, dueDate]) await expect(field).toHaveAttribute('aria-invalid', 'true');

  // The currency of the chosen account stands beside the amount.
  await debit.selectOption(`${operatingAccount.companyId}/12074455660`);
  await expect(amount).toHaveAccessibleDescription(/^EUR/);

  await creditorName.fill('x'.repeat(71));
  await creditAccount.fill('1503 28 77115');
  await amount.fill('10,005');
  const yesterday = await page.evaluate(() => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
    const date = new Date(`${today}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() - 1);
    return date.toISOString().slice(0, 10);
  });
  await dueDate.fill(yesterday);
  await message.fill('m'.repeat(141));
  await page.getByRole('button', { name: 'Submit payment' }).click();

  await expect(creditorName).toBeFocused();
  await expect(debit).not.toHaveAttribute('aria-invalid');
  await expect(creditorName).toHaveAccessibleDescription('The name can have at most 70 characters.');
  await expect(creditAccount).toHaveAccessibleDescription(/wrong check digit/);
  await expect(amount).toHaveAccessibleDescription(/at most 2 decimals\.$/);
  await expect(dueDate).toHaveAccessibleDescription('The due date must be today or later.');
  await expect(message).toHaveAccessibleDescription(/The message can have at most 140 characters\./);

  await creditAccount.fill('NO94 8601 1117 947');
  await amount.fill('0');
  await page.getByRole('button', { name: 'Submit payment' }).click();
  await expect(creditAccount).toHaveAccessibleDescription(/This IBAN is not valid/);
  await expect(amount).toHaveAccessibleDescription(/The amount must be more than 0\./);

  expect(posts).toHaveLength(0);
});

test('a field the API refuses is marked beside the field, and no payment is created', async ({ page }) => {
  const creditor = uniqueCreditor('refused');
  await signInAsDemo(page);
  await openNewPayment(page);
  await fillPayment(page, { creditor });

  // Something the form let through that the API refuses: the request is changed on its way.
  await page.route(`**${paymentsPath}`, (route) => {
    const body = route.request().postDataJSON() as { Payments: Record<string, unknown>[] };
    const payments = body.Payments.map((payment) => ({ ...payment, CreditAccountNo: '15032877115' }));
    return route.continue({ postData: JSON.stringify({ ...body, Payments: payments }) });
  });
  await page.getByRole('button', { name: 'Submit payment' }).click();

  const creditAccount = page.getByRole('textbox', { name: 'Credit account number' });
  await expect(creditAccount).toHaveAccessibleDescription(/The API says: has a wrong check digit \(MOD11\)/);
  await expect(creditAccount).toHaveAttribute('aria-invalid', 'true');
  await expect(creditAccount).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('The payment was not submitted.');
  await expect(page.getByRole('alert')).toContainText('(400)');

  await expect(await paymentRowsFor(page, creditor)).toHaveCount(0);
});
