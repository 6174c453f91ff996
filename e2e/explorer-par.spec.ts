import { expect, test, type Page, type Request } from '@playwright/test';
import { openExplorerSection } from './explorer-nav.ts';
import { demoUser, submitLogin } from './sign-in.ts';
import { walk } from './walk.ts';

/*
 * PAR (RFC 9126) and DPoP (RFC 9449) from the explorer's request builder, against the sandbox's
 * oidc-provider: the push, the short authorization request, the code exchanged with a proof, and
 * the scorecard that grades it.
 */

const issuer = 'http://localhost:5001';
const decode = (part: string | undefined) => JSON.parse(Buffer.from(part ?? '', 'base64url').toString()) as Record<string, unknown>;

/** Every request the page sends to one path of the identity server, as it is sent. */
function requestsTo(page: Page, path: string): Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === path) seen.push(request);
  });
  return seen;
}

async function builder(page: Page) {
  await page.goto('/explorer/request');
  const section = page.getByRole('region', { name: 'Authorization request' });
  // Discovery decides what is offered: wait until it has been read.
  await expect(section.getByRole('checkbox', { name: 'Push the request first (PAR)' })).toBeEnabled();
  return section;
}

/** The identity server's login and consent, as the demo user, back to the run's result. */
async function signInAtServer(page: Page) {
  await submitLogin(page, demoUser.username, demoUser.password);
  await page.getByRole('button', { name: 'Allow' }).click();
  await expect(page.getByRole('region', { name: 'Authorization response' })).toBeVisible();
}

test('a request pushed from the explorer (PAR) signs in: the browser carries only client_id and request_uri', async ({ page }) => {
  const pushes = requestsTo(page, '/connect/par');
  const authorizations = requestsTo(page, '/connect/authorize');
  await walk([
    [
      'push the request',
      async () => {
        const request = await builder(page);
        await request.getByRole('checkbox', { name: 'Push the request first (PAR)' }).check();
        await expect(request.getByRole('heading', { name: 'Step 1: pushed to the PAR endpoint' })).toBeVisible();
        await expect(request.getByText(`POST ${issuer}/connect/par`)).toBeVisible();
        await expect(request.locator('pre.pushed-url')).toHaveText(`${issuer}/connect/authorize?client_id=open-banking-explorer&request_uri=<request_uri from step 1>`);
        const state = await request.getByRole('textbox', { name: 'State' }).inputValue();
        await request.getByRole('button', { name: 'Run' }).click();
        await expect(page.getByRole('textbox', { name: 'Username' })).toBeVisible();

        expect(pushes).toHaveLength(1);
        const push = pushes[0];
        expect(push?.method()).toBe('POST');
        expect(await push?.headerValue('content-type')).toMatch(/^application\/x-www-form-urlencoded/);
        const pushed = new URLSearchParams(push?.postData() ?? '');
        expect(pushed.get('client_id')).toBe('open-banking-explorer');
        expect(pushed.get('state')).toBe(state);
        expect(pushed.get('code_challenge_method')).toBe('S256');
        expect(pushed.get('redirect_uri')).toMatch(/\/callback$/);

        const authorize = new URL(authorizations[0]?.url() ?? '');
        expect([...authorize.searchParams.keys()]).toEqual(['client_id', 'request_uri']);
        expect(authorize.searchParams.get('request_uri')).toMatch(/^urn:ietf:params:oauth:request_uri:/);
      },
    ],
    [
      'sign in and exchange the code',
      async () => {
        await signInAtServer(page);
        const result = page.getByRole('region', { name: 'Authorization response' });
        await expect(result.getByRole('row', { name: /^iss / })).toContainText(issuer);
        await result.getByRole('button', { name: 'Exchange the code for tokens' }).click();
        await expect(result.getByRole('heading', { name: 'Token endpoint answered: 200' })).toBeVisible();
        await expect(result.getByRole('row', { name: /^token_type / })).toContainText('Bearer');
        await expect(result.getByRole('row', { name: /^access_token / })).toBeVisible();
      },
    ],
    [
      'the timeline shows the push',
      async () => {
        await openExplorerSection(page, 'Timeline');
        const push = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'Pushed authorization request' }).first();
        await expect(push).toBeVisible();
        await push.locator('summary').first().click();
        await expect(push.getByRole('table', { name: 'Sent' }).getByRole('row', { name: /^code_challenge_method / })).toContainText('S256');
        await expect(push.getByRole('table', { name: 'Received' }).getByRole('row', { name: /^request_uri / })).toContainText('urn:ietf:params:oauth:request_uri:');
      },
    ],
  ]);
});

test('the FAPI 2.0-style preset pushes with a proof, gets a DPoP token, and the scorecard grades it', async ({ page }) => {
  const pushes = requestsTo(page, '/connect/par');
  const tokenRequests = requestsTo(page, '/connect/token');
  await walk([
    [
      'apply the preset and run',
      async () => {
        const request = await builder(page);
        await request.getByRole('combobox', { name: 'Response type' }).selectOption('id_token token');
        await expect(request.getByRole('checkbox', { name: 'Sender-constrained token (DPoP)' })).toBeDisabled();
        await expect(request.getByText('Implicit cannot use DPoP')).toBeVisible();
        const stateBefore = await request.getByRole('textbox', { name: 'State' }).inputValue();

        await request.getByRole('button', { name: 'FAPI 2.0-style' }).click();
        await expect(request.getByRole('status').filter({ hasText: 'Set for FAPI 2.0 style' })).toHaveText(
          'Set for FAPI 2.0 style: response type code, PKCE with S256, new state, nonce and code verifier, PAR on, DPoP on.',
        );
        await expect(request.getByRole('combobox', { name: 'Response type' })).toHaveValue('code');
        await expect(request.getByRole('checkbox', { name: 'Push the request first (PAR)' })).toBeChecked();
        await expect(request.getByRole('checkbox', { name: 'Sender-constrained token (DPoP)' })).toBeChecked();
        await expect(request.getByRole('textbox', { name: 'State' })).not.toHaveValue(stateBefore);
        await request.getByRole('button', { name: 'Run' }).click();
        await expect(page.getByRole('textbox', { name: 'Username' })).toBeVisible();

        // The push carries a proof (RFC 9449 §10), which binds the code to the run's key.
        const proof = (await pushes[0]?.headerValue('dpop')) ?? '';
        const [header, claims] = proof.split('.');
        expect(decode(header)).toMatchObject({ typ: 'dpop+jwt', alg: 'ES256', jwk: { kty: 'EC', crv: 'P-256' } });
        expect(decode(claims)).toMatchObject({ htm: 'POST', htu: `${issuer}/connect/par` });
      },
    ],
    [
      'sign in and exchange the code with a proof',
      async () => {
        await signInAtServer(page);
        const result = page.getByRole('region', { name: 'Authorization response' });
        await result.getByRole('button', { name: 'Exchange the code for tokens' }).click();
        await expect(result.getByRole('heading', { name: 'Token endpoint answered: 200' })).toBeVisible();
        await expect(result.getByRole('row', { name: /^token_type / })).toContainText('DPoP');
        await expect(result.getByText('Sent with a DPoP proof from this run’s own key.')).toBeVisible();

        const exchange = tokenRequests.find((request) => request.method() === 'POST');
        const proof = (await exchange?.headerValue('dpop')) ?? '';
        const [header, claims] = proof.split('.');
        const key = decode(header);
        expect(key).toMatchObject({ typ: 'dpop+jwt', alg: 'ES256', jwk: { kty: 'EC', crv: 'P-256' } });
        expect(key.jwk).not.toHaveProperty('d');
        const payload = decode(claims);
        expect(payload).toMatchObject({ htm: 'POST', htu: `${issuer}/connect/token` });
        expect(payload.iat).toEqual(expect.any(Number));
        expect(payload.jti).toEqual(expect.any(String));
        // The same key proved the push and the exchange.
        expect(decode((await pushes[0]?.headerValue('dpop'))?.split('.')[0]).jwk).toEqual(key.jwk);
      },
    ],
    [
      'the scorecard grades the run',
      async () => {
        await openExplorerSection(page, 'Compliance');
        const par = page.getByRole('row', { name: /^RFC 9126 · FAPI 2\.0 Pushed authorization request/ });
        await expect(par.getByRole('cell').first()).toContainText('Pass');
        await expect(par).toContainText(/Step \d+ \(Pushed authorization request\): pushed \(201\)/);
        await expect(par).toContainText('authorization request with client_id and request_uri only');
        const bound = page.getByRole('row', { name: /^RFC 9700 §2\.2\.1 · RFC 9449 · FAPI 2\.0 Sender-constrained access token/ });
        await expect(bound.getByRole('cell').first()).toContainText('Pass');
        await expect(bound).toContainText('token_type=DPoP; DPoP proof sent (typ=dpop+jwt, alg=ES256, jwk in its header)');
        await expect(page.getByRole('row', { name: /^RFC 7636 §4\.3 .*PKCE with S256/ }).getByRole('cell').first()).toContainText('Pass');
        await expect(page.getByText('FAPI 2.0 Security Profile: 8 of 8 required checks pass.')).toBeVisible();
      },
    ],
  ]);
});

test('DPoP without PAR: the code in the URL is exchanged with a proof, for a DPoP token', async ({ page }) => {
  const tokenRequests = requestsTo(page, '/connect/token');
  await walk([
    [
      'run with DPoP only',
      async () => {
        const request = await builder(page);
        await request.getByRole('checkbox', { name: 'Sender-constrained token (DPoP)' }).check();
        await expect(request.getByRole('heading', { name: 'Request URL' })).toBeVisible();
        await request.getByRole('button', { name: 'Run' }).click();
        await signInAtServer(page);
      },
    ],
    [
      'exchange the code with a proof',
      async () => {
        const result = page.getByRole('region', { name: 'Authorization response' });
        await result.getByRole('button', { name: 'Exchange the code for tokens' }).click();
        await expect(result.getByRole('heading', { name: 'Token endpoint answered: 200' })).toBeVisible();
        await expect(result.getByRole('row', { name: /^token_type / })).toContainText('DPoP');
        const proof = (await tokenRequests.find((item) => item.method() === 'POST')?.headerValue('dpop')) ?? '';
        expect(decode(proof.split('.')[1])).toMatchObject({ htm: 'POST', htu: `${issuer}/connect/token` });
      },
    ],
  ]);
});

test('a push the identity server refuses is shown as an alert, and the browser stays', async ({ page }) => {
  const authorizations = requestsTo(page, '/connect/authorize');
  const request = await builder(page);
  await request.getByRole('checkbox', { name: 'Push the request first (PAR)' }).check();
  await request.getByRole('textbox', { name: 'Redirect URI' }).fill('http://localhost:4173/not-registered');
  const refused = page.waitForResponse((response) => new URL(response.url()).pathname === '/connect/par');
  await request.getByRole('button', { name: 'Run' }).click();
  expect((await refused).status()).toBe(400);

  const alert = request.getByRole('alert');
  await expect(alert).toContainText('The PAR endpoint refused the request:');
  await expect(alert).toContainText('invalid_request');
  await expect(alert).toContainText("redirect_uri did not match any of the client's registered redirect_uris");
  await expect(request.getByRole('button', { name: 'Run' })).toBeEnabled();
  await expect(page).toHaveURL(/\/explorer\/request$/);
  expect(authorizations).toEqual([]);
});

test('without a PAR endpoint or DPoP in discovery, the options are off and say why', async ({ page }) => {
  await page.route(`${issuer}/.well-known/openid-configuration`, async (route) => {
    const response = await route.fetch();
    const { pushed_authorization_request_endpoint: _par, dpop_signing_alg_values_supported: _dpop, ...rest } = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: rest });
  });
  await page.goto('/explorer/request');
  const request = page.getByRole('region', { name: 'Authorization request' });
  await expect(request.getByRole('checkbox', { name: 'Push the request first (PAR)' })).toBeDisabled();
  await expect(request.getByText('Not available: discovery names no pushed_authorization_request_endpoint.')).toBeVisible();
  await expect(request.getByRole('checkbox', { name: 'Sender-constrained token (DPoP)' })).toBeDisabled();
  await expect(request.getByText('Not available: discovery advertises no dpop_signing_alg_values_supported.')).toBeVisible();
});
