import { expect, test, type Browser, type Page, type Request, type Route } from '@playwright/test';
import { fillLine, openNewPayment, operatingAccount, uniqueCreditor } from './banking.ts';
import { signInAs, signInAsDemo } from './sign-in.ts';

const postPath = `/api/v3/payments/${operatingAccount.companyId}`;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface SentLine {
  Amount: number;
  Currency: string;
  ExecutionDate: string;
  SourceReference: string;
  StructuredReference?: string | null;
  Description?: string | null;
  Creditor: { Name: string; CountryCode: string; AccountNumber: string };
}
interface SentBody {
  MessageId: string;
  AccountNumber: string;
  PaymentLines: SentLine[];
}

/** Every POST that submits payments for the operating company, and every status lookup, in order. */
function traffic(page: Page): { posts: Request[]; lookups: string[]; order: string[] } {
  const posts: Request[] = [];
  const lookups: string[] = [];
  const order: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (request.method() === 'POST' && path === postPath) {
      posts.push(request);
      order.push('POST');
    } else if (request.method() === 'GET' && /^\/api\/v3\/payments\/[^/]+$/.test(path) && path !== postPath) {
      lookups.push(decodeURIComponent(path.split('/').at(-1) ?? ''));
      order.push('GET');
    }
  });
  return { posts, lookups, order };
}

const statusTable = (page: Page) => page.getByRole('table', { name: 'Payments of this message' });

/** The status page of a message after a submission, with `lines` payments in `status`. */
async function expectStatusPage(page: Page, messageId: string, lines: number, status: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`/payments/${messageId}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Payment status' })).toBeVisible();
  await expect(statusTable(page).locator('tbody tr')).toHaveCount(lines);
  for (const cell of await statusTable(page).locator('tbody tr td:nth-child(2)').allTextContents()) expect(cell).toBe(status);
}

test('a payment with two lines is sent in the documented shape, and its status shows by name, also after a reload', async ({ page }) => {
  test.slow();
  const { posts } = traffic(page);
  const first = uniqueCreditor('line one');
  const second = uniqueCreditor('line two');
  await signInAsDemo(page);
  await openNewPayment(page);
  const executionDate = await page.getByLabel('Execution date').inputValue();

  await fillLine(page, 1, { creditor: first, amount: '1 250,50', message: 'Faktura 1001' });
  await page.getByRole('button', { name: 'Add line' }).click();
  await expect(page.getByRole('group', { name: 'Line 2' }).getByRole('textbox', { name: 'Creditor name' })).toBeFocused();
  await fillLine(page, 2, { creditor: second, amount: '99', account: 'DE89 3704 0044 0532 0130 00', kid: '1234567897' });
  await page.getByRole('button', { name: 'Submit payment' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Payment submitted.' })).toBeVisible();
  expect(posts).toHaveLength(1);
  const body = posts[0]?.postDataJSON() as SentBody;
  expect(posts[0]?.headers()['content-type']).toContain('application/json-patch+json');
  expect(body.MessageId).toMatch(uuid);
  expect(body.AccountNumber).toBe(operatingAccount.accountNo);
  expect(body.PaymentLines).toEqual([
    expect.objectContaining({ Amount: 1250.5, Currency: 'NOK', ExecutionDate: executionDate, Description: 'Faktura 1001', StructuredReference: null, Creditor: expect.objectContaining({ Name: first, CountryCode: 'NO', AccountNumber: '15032877114' }) }),
    expect.objectContaining({ Amount: 99, Currency: 'NOK', StructuredReference: '1234567897', Description: null, Creditor: expect.objectContaining({ Name: second, CountryCode: 'DE', AccountNumber: 'DE89370400440532013000' }) }),
  ]);
  expect(new Set(body.PaymentLines.map((line) => line.SourceReference)).size).toBe(2);

  await expectStatusPage(page, body.MessageId, 2, 'Queued for approval');
  await page.reload();
  await expectStatusPage(page, body.MessageId, 2, 'Queued for approval');

  // The app keeps the message ids it submitted, as v3 lists none.
  await page.getByRole('link', { name: 'Back to payments' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Your submissions' })).toBeVisible();
  await page.getByRole('link', { name: body.MessageId }).click();
  await expectStatusPage(page, body.MessageId, 2, 'Queued for approval');
});

test('a lost answer is resolved by looking the MessageId up first: the payment is made once, then found', async ({ page }) => {
  test.slow();
  const { posts, lookups, order } = traffic(page);
  const creditor = uniqueCreditor('lost answer');
  await signInAsDemo(page);
  await openNewPayment(page);
  await fillLine(page, 1, { creditor, amount: '250' });

  // The POST reaches the API, which creates the payment; its answer never reaches the app.
  let arrived = 0;
  await page.route(`**${postPath}`, async (route) => {
    arrived += 1;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await page.getByRole('button', { name: 'Submit payment' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Payment submitted.' })).toBeVisible();
  const messageId = (posts[0]?.postDataJSON() as SentBody).MessageId;
  expect(arrived).toBe(1);
  expect(posts).toHaveLength(1);
  expect(order.slice(0, 2)).toEqual(['POST', 'GET']);
  expect(lookups[0]).toBe(messageId);
  await expectStatusPage(page, messageId, 1, 'Queued for approval');

  // A reload asks again and shows the same single payment.
  await page.reload();
  await expectStatusPage(page, messageId, 1, 'Queued for approval');
  expect(posts).toHaveLength(1);
});

test('a send that never arrived is found missing by its MessageId and sent again with the same MessageId', async ({ page }) => {
  test.slow();
  const { posts, order } = traffic(page);
  const creditor = uniqueCreditor('never arrived');
  await signInAsDemo(page);
  await openNewPayment(page);
  await fillLine(page, 1, { creditor, amount: '10' });

  await page.route(`**${postPath}`, (route) => (posts.length === 1 ? route.abort('connectionrefused') : route.continue()));
  await page.getByRole('button', { name: 'Submit payment' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Payment submitted.' })).toBeVisible();
  expect(order.slice(0, 3)).toEqual(['POST', 'GET', 'POST']);
  const ids = posts.map((post) => (post.postDataJSON() as SentBody).MessageId);
  expect(ids).toHaveLength(2);
  expect(ids[1]).toBe(ids[0]);
  await expectStatusPage(page, ids[0] ?? '', 1, 'Queued for approval');
});

test('when the lookup fails too, nothing is sent again; the user is told, and a reload or "Check again" settles it once', async ({ page }) => {
  test.slow();
  const { posts, lookups } = traffic(page);
  const creditor = uniqueCreditor('lookup fails');
  await signInAsDemo(page);
  await openNewPayment(page);
  await fillLine(page, 1, { creditor, amount: '20' });

  await page.route(`**${postPath}`, async (route) => {
    await route.fetch();
    await route.abort('connectionreset');
  });
  // Status lookups (GET by MessageId) fail; the POST to the company's address goes through.
  const lookupsDown = (route: Route) => (route.request().method() === 'GET' ? route.abort('connectionreset') : route.fallback());
  await page.route(/\/api\/v3\/payments\/[0-9a-f-]{36}(\?.*)?$/, lookupsDown);
  await page.getByRole('button', { name: 'Submit payment' }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not check whether it arrived. Nothing was sent again.');
  const messageId = (posts[0]?.postDataJSON() as SentBody).MessageId;
  await expect(page.getByText(`Message ID ${messageId}.`)).toBeVisible();
  expect(posts).toHaveLength(1);

  // The intent outlives a reload: it is checked (still failing), and still not sent again.
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Nothing was sent again.');
  expect(posts).toHaveLength(1);

  await page.unroute(/\/api\/v3\/payments\/[0-9a-f-]{36}(\?.*)?$/, lookupsDown);
  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Payment submitted.' })).toBeVisible();
  await expectStatusPage(page, messageId, 1, 'Queued for approval');
  expect(posts).toHaveLength(1);
  expect(lookups.filter((id) => id === messageId).length).toBeGreaterThanOrEqual(3);
});

/** Submits one payment as the signed-in demo user and returns its MessageId. */
async function submitOne(page: Page, label: string): Promise<string> {
  const { posts } = traffic(page);
  await openNewPayment(page);
  await fillLine(page, 1, { creditor: uniqueCreditor(label), amount: '42' });
  await page.getByRole('button', { name: 'Submit payment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Payment submitted.' })).toBeVisible();
  return (posts[0]?.postDataJSON() as SentBody).MessageId;
}

async function asApprover(browser: Browser, messageId: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, { username: 'approver', password: 'approver' }, operatingAccount.companyId);
  await page.goto(`/payments/${messageId}`);
  await expect(statusTable(page).locator('tbody tr')).toHaveCount(1);
  return page;
}

test('the submitter may not approve; a second user approves, and the status moves on', async ({ page, browser }) => {
  test.slow();
  await signInAsDemo(page);
  const messageId = await submitOne(page, 'approve');

  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('alert')).toHaveText('You cannot approve a payment you submitted yourself.');

  const approver = await asApprover(browser, messageId);
  await approver.getByRole('button', { name: 'Approve' }).click();
  await expect(approver.getByRole('status').filter({ hasText: 'Approved.' })).toBeVisible();
  await expect(statusTable(approver).locator('tbody tr td').nth(1)).toHaveText('Ready for transfer');

  await page.reload();
  await expectStatusPage(page, messageId, 1, 'Ready for transfer');
  await approver.context().close();
});

test('a payment is dismissed with a reason, and then can be neither approved nor dismissed again', async ({ page, browser }) => {
  test.slow();
  await signInAsDemo(page);
  const messageId = await submitOne(page, 'dismiss');

  await page.getByRole('textbox', { name: 'Reason for dismissing' }).fill('Wrong creditor');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dismissed.' })).toBeVisible();
  await expect(statusTable(page).locator('tbody tr td').nth(1)).toHaveText('Dismissed by user');
  await expect(statusTable(page).locator('tbody tr td').nth(3)).toHaveText('Wrong creditor');

  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveText('The payment is already dismissed.');

  const approver = await asApprover(browser, messageId);
  await expect(approver.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await approver.context().close();
});

test('the form names each wrong field, focuses the first, and sends nothing', async ({ page }) => {
  const { posts } = traffic(page);
  await signInAsDemo(page);
  await openNewPayment(page);
  const debit = page.getByRole('combobox', { name: 'Debit account' });
  await debit.selectOption('');
  const line = page.getByRole('group', { name: 'Line 1' });
  const creditorName = line.getByRole('textbox', { name: 'Creditor name' });
  const amount = line.getByRole('textbox', { name: 'Amount' });
  const kid = line.getByRole('textbox', { name: 'KID (optional)' });
  const executionDate = page.getByLabel('Execution date');

  await executionDate.fill('');
  await page.getByRole('button', { name: 'Submit payment' }).click();
  await expect(debit).toBeFocused();
  await expect(debit).toHaveAccessibleDescription(/Choose the account to pay from\./);
  await expect(executionDate).toHaveAccessibleDescription('Enter the execution date.');
  await expect(creditorName).toHaveAccessibleDescription('Enter the name of the creditor.');
  await expect(amount).toHaveAccessibleDescription(/Enter the amount\./);
  await expect(page.getByRole('alert')).toHaveText('Choose the account to pay from.');

  // The currency of the chosen account stands beside the amount.
  await debit.selectOption({ label: '12074455660 (EUR)' });
  await expect(amount).toHaveAccessibleDescription(/^EUR/);

  await fillLine(page, 1, { creditor: 'x'.repeat(71), amount: '10,005', kid: '123456789', message: 'also a message' });
  await page.getByRole('button', { name: 'Submit payment' }).click();
  await expect(executionDate).toBeFocused();
  await expect(creditorName).toHaveAccessibleDescription('The name can have at most 70 characters.');
  await expect(amount).toHaveAccessibleDescription(/at most 2 decimals\.$/);
  await expect(kid).toHaveAccessibleDescription(/wrong check digit/);
  await expect(line.getByRole('textbox', { name: 'Message (optional)' })).toHaveAccessibleDescription(/Give a KID or a message, not both\./);
  expect(posts).toHaveLength(0);
});
