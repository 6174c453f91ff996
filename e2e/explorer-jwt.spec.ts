import { createHmac } from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { sandbox } from './sandboxes.ts';
import { openExplorerSection } from './explorer-nav.ts';
import { signInAsDemo } from './sign-in.ts';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function openExplorer(page: Page): Promise<Locator> {
  await openExplorerSection(page, 'JWT inspector');
  const inspector = page.getByRole('region', { name: 'JWT inspector' });
  await expect(inspector).toBeVisible();
  return inspector;
}

/** The access token as the inspector shows it once revealed. */
async function revealedAccessToken(inspector: Locator): Promise<string> {
  const card = inspector.getByRole('article', { name: 'Access token', exact: true });
  const reveal = card.getByRole('button', { name: 'Reveal' });
  await expect(reveal).toHaveAttribute('aria-pressed', 'false');
  await reveal.click();
  await expect(reveal).toHaveAttribute('aria-pressed', 'true');
  return ((await card.locator('code.raw-token-text').textContent()) ?? '').trim();
}

test('verifies the sandbox access token against the JWKS, names the key, and explains its claims', async ({ page }) => {
  await signInAsDemo(page);
  const inspector = await openExplorer(page);
  const card = inspector.getByRole('article', { name: 'Access token', exact: true });

  const jwks = (await (await page.request.get(`${sandbox.authority}/.well-known/openid-configuration/jwks`)).json()) as { keys: { kid: string }[] };
  const kids = jwks.keys.map((key) => key.kid);
  const valid = card.getByText(/^Signature valid: verified with the key “(.+)” \(RS256\)\.$/);
  await expect(valid).toBeVisible();
  const named = /“(.+)”/.exec((await valid.textContent()) ?? '')?.[1];
  expect(kids).toContain(named);

  // Masked until revealed.
  await expect(card).toContainText('Hidden (');
  await expect(card.locator('code.raw-token-text')).toHaveCount(0);

  await expect(card.getByText('Not expired: expires in')).toBeVisible();
  const claims = card.locator('.claim');
  await expect(claims.filter({ hasText: /^typ/ })).toContainText('at+jwt');
  await expect(claims.filter({ hasText: /^exp/ })).toContainText('Expiration time (RFC 7519 §4.1.4)');
  await expect(claims.filter({ hasText: /^exp/ })).toContainText(/\(in (\d+ min|1 hr)\)/);
  await expect(claims.filter({ hasText: /^iat/ })).toContainText(/ago|now/);
  await expect(claims.filter({ hasText: /^scope/ })).toContainText('bankservice');
  await expect(claims.filter({ hasText: /^aud/ })).toContainText('Audience (RFC 7519 §4.1.3)');
});

test('reports a modified copy of the access token as invalid, and the original as valid', async ({ page }) => {
  await signInAsDemo(page);
  const inspector = await openExplorer(page);
  const token = await revealedAccessToken(inspector);
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  const tampered = `${header}.${encode({ ...claims, scope: `${String(claims.scope)} admin` })}.${signature}`;

  const paste = inspector.getByRole('region', { name: 'Paste a token' });
  const jwt = paste.getByRole('textbox', { name: 'JWT' });
  await jwt.fill(tampered);
  await expect(paste.getByRole('alert')).toHaveText(/^Signature invalid/);
  await expect(paste.getByText('Signature valid')).toHaveCount(0);

  await jwt.fill(`Bearer ${token}`);
  await expect(paste.getByText(/^Signature valid: verified with the key/)).toBeVisible();
  await expect(paste.getByRole('alert')).toHaveCount(0);
});

test('verifies a pasted token against a pasted JWK, and calls HS256 and alg none unsafe', async ({ page }) => {
  await signInAsDemo(page);
  const inspector = await openExplorer(page);
  const token = await revealedAccessToken(inspector);
  const kid = (JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as { kid: string }).kid;
  const jwks = (await (await page.request.get(`${sandbox.authority}/.well-known/openid-configuration/jwks`)).json()) as { keys: { kid: string }[] };

  const paste = inspector.getByRole('region', { name: 'Paste a token' });
  await paste.getByRole('textbox', { name: 'JWT' }).fill(token);
  await paste.getByRole('textbox', { name: 'Key' }).fill(JSON.stringify(jwks.keys.find((key) => key.kid === kid)));
  await expect(paste.getByText(`Signature valid: verified with the key “${kid}” (RS256).`)).toBeVisible();
  await expect(paste.getByText('the key you pasted')).toBeVisible();

  const signingInput = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sub: 'demo', exp: 1 })}`;
  const hmac = `${signingInput}.${createHmac('sha256', 'shared-secret').update(signingInput).digest('base64url')}`;
  await paste.getByRole('textbox', { name: 'Key' }).fill('');
  await paste.getByRole('textbox', { name: 'JWT' }).fill(hmac);
  await expect(paste.getByRole('alert')).toContainText('Not verifiable here, unsafe for this use: HS256');
  await expect(paste.getByText(/^Expired /)).toBeVisible();

  await paste.getByRole('textbox', { name: 'JWT' }).fill(`${encode({ alg: 'none' })}.${encode({ sub: 'demo' })}.`);
  await expect(paste.getByRole('alert')).toContainText('Not verifiable, unsafe: alg is “none”');
  await expect(paste.getByText('Signature valid')).toHaveCount(0);
});

test('works signed out, and explains each malformed token precisely', async ({ page }) => {
  await page.goto('/');
  const inspector = await openExplorer(page);
  await expect(inspector.getByText('No tokens: you are signed out.')).toBeVisible();
  const paste = inspector.getByRole('region', { name: 'Paste a token' });
  const jwt = paste.getByRole('textbox', { name: 'JWT' });
  const header = encode({ alg: 'RS256', typ: 'at+jwt' });
  const payload = encode({ sub: 'demo' });

  const cases: [string, string][] = [
    [`${header}.${payload}`, 'A JWT has 3 parts separated by dots; this has 2.'],
    [`${header}.${payload.slice(0, 4)}+${payload.slice(5)}.c2ln`, 'The payload (part 2) is not valid base64url: “+” at position 5 is not allowed'],
    [`${encode(['RS256'])}.${payload}.c2ln`, 'The header (part 1) is not a JSON object: it is an array.'],
    [`${Buffer.from('{alg:').toString('base64url')}.${payload}.c2ln`, 'The header (part 1) is not valid JSON'],
    [`${encode({ alg: 'RSA-OAEP', enc: 'A256GCM' })}.a2V5.aXY.Y2lwaGVy.dGFn`, 'This looks like an encrypted JWE (5 parts): it cannot be read without the key.'],
    ['2YotnFZFEjr1zCsicMWpAA', 'It may be an opaque token'],
  ];
  for (const [input, message] of cases) {
    await jwt.fill(input);
    await expect(paste.getByRole('alert')).toContainText(message);
  }
});
