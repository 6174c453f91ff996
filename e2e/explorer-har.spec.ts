import { readFile } from 'node:fs/promises';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import harValidator from 'har-validator';
import { openExplorerSection, signIn } from './explorer-nav.ts';
import { startSignIn, demoUser, submitLogin } from './sign-in.ts';

const rawJwt = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/;

interface HarFile {
  log: {
    version: string;
    creator: { name: string };
    entries: { request: { method: string; url: string; postData?: { text?: string } }; response: { status: number; content: { text?: string } } }[];
  };
}

async function exportHar(page: Page, testInfo: TestInfo): Promise<{ text: string; har: HarFile; path: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export HAR' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^open-banking-explorer-.+\.har$/);
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const text = await readFile(path, 'utf8');
  return { text, har: JSON.parse(text) as HarFile, path };
}

test('Export HAR writes a valid HAR 1.2 with the token request, secrets masked unless chosen separately', async ({ page }, testInfo) => {
  test.slow();
  await signIn(page);
  await openExplorerSection(page, 'Timeline');

  const masked = await exportHar(page, testInfo);
  await expect(harValidator.har(masked.har)).resolves.toBeTruthy();
  expect(masked.har.log.version).toBe('1.2');
  expect(masked.har.log.creator.name).toBe('Open Banking Explorer');
  const token = masked.har.log.entries.find((entry) => entry.request.url.endsWith('/connect/token') && entry.request.method === 'POST');
  expect(token?.request.postData?.text).toContain('grant_type=authorization_code');
  expect(token?.request.postData?.text).toMatch(/code_verifier=[^&]*masked/);
  expect(token?.response.status).toBe(200);
  expect(token?.response.content.text).toContain('"token_type":"Bearer"');
  expect(masked.text).not.toMatch(rawJwt);
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toContainText('secrets masked');

  const include = page.getByRole('checkbox', { name: /Include secrets in the file/ });
  await include.check();
  await expect(page.getByText(/The file will hold live tokens/)).toBeVisible();
  await expect(include).toHaveAccessibleDescription(/The file will hold live tokens/);
  const raw = await exportHar(page, testInfo);
  await expect(harValidator.har(raw.har)).resolves.toBeTruthy();
  expect(raw.text).toMatch(rawJwt);
  // The choice is for one file: the next export is masked again.
  await expect(include).not.toBeChecked();
});

test('an imported HAR shows read-only in the timeline, diagram and scorecard, and leaves this tab’s log alone', async ({ page, browser, baseURL }, testInfo) => {
  test.slow();
  await signIn(page);
  await openExplorerSection(page, 'Timeline');
  const { path, har } = await exportHar(page, testInfo);

  // Another browser, signed out, with a log of its own.
  const other = await browser.newPage({ baseURL });
  await other.goto('/explorer/timeline');
  const timeline = other.getByRole('list', { name: 'Timeline' });
  // Signed out, it has read discovery only.
  await expect(timeline.getByRole('listitem')).toHaveCount(1);
  await expect(timeline.getByRole('listitem')).toContainText('Discovery');
  await other.getByLabel('Import HAR').setInputFiles(path);
  await expect(other.getByText(/^Showing “open-banking-explorer-.*\.har”: \d+ exchanges, imported, read-only\.$/)).toBeVisible();
  await expect(timeline.getByRole('listitem')).toHaveCount(har.log.entries.length);
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Token request' })).toHaveCount(1);
  await expect(other.getByRole('button', { name: 'Clear' })).toHaveCount(0);

  await openExplorerSection(other, 'Sequence diagram');
  await expect(other.getByRole('group', { name: /^Sequence diagram:/ }).getByRole('button')).toHaveCount(har.log.entries.length);
  await openExplorerSection(other, 'Compliance');
  await expect(other.getByRole('row', { name: /PKCE with S256/ })).toContainText('✓ Pass');

  await other.getByRole('button', { name: 'Back to this tab’s exchanges' }).click();
  await openExplorerSection(other, 'Timeline');
  await expect(timeline.getByRole('listitem')).toHaveCount(1);
  await expect(other.getByText(/^Showing/)).toHaveCount(0);
  await other.close();
});

test('a browser’s own HAR of a sign-in imports too', async ({ browser, baseURL }, testInfo) => {
  test.slow();
  const harPath = testInfo.outputPath('browser.har');
  const recording = await browser.newContext({ baseURL, recordHar: { path: harPath } });
  const page = await recording.newPage();
  await startSignIn(page);
  await submitLogin(page, demoUser.username, demoUser.password);
  await page.getByRole('button', { name: 'Allow' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await recording.close();

  const viewer = await browser.newPage({ baseURL });
  await viewer.goto('/explorer/timeline');
  await viewer.getByLabel('Import HAR').setInputFiles(harPath);
  await expect(viewer.getByText(/^Showing “browser\.har”/)).toBeVisible();
  const timeline = viewer.getByRole('list', { name: 'Timeline' });
  for (const step of ['Authorization request', 'Authorization response', 'Token request']) {
    await expect(timeline.getByRole('listitem').filter({ hasText: step }).first()).toBeVisible();
  }
  await openExplorerSection(viewer, 'Compliance');
  await expect(viewer.getByRole('row', { name: /state sent and returned unchanged/ })).toContainText('✓ Pass');
  await viewer.close();
});

test('a file that is not HAR 1.2 is refused with what is wrong', async ({ page }) => {
  await page.goto('/explorer/timeline');
  const input = page.getByLabel('Import HAR');
  await input.setInputFiles({ name: 'notes.har', mimeType: 'application/json', buffer: Buffer.from('not json') });
  await expect(page.getByRole('alert')).toHaveText('This file is not JSON, so it is not a HAR file.');
  await input.setInputFiles({ name: 'old.har', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ log: { version: '1.1', creator: { name: 'x', version: '1' }, entries: [] } })) });
  await expect(page.getByRole('alert')).toContainText('This is not a HAR 1.2 file: log.version');
  await input.setInputFiles({
    name: 'broken.har',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ log: { version: '1.2', creator: { name: 'x', version: '1' }, entries: [{ startedDateTime: 'yesterday' }] } })),
  });
  await expect(page.getByRole('alert')).toContainText('log.entries.0.startedDateTime');
  await expect(page.getByText(/^Showing/)).toHaveCount(0);
});
