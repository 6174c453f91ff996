import { afterEach, describe, expect, it, vi } from 'vitest';

/** The wire log with a stand-in window whose fetch answers every request with `answer`. */
async function wireLogWith(answer: () => Response) {
  const storage = new Map<string, string>();
  vi.stubGlobal('window', {
    location: { href: 'http://app.test/' },
    fetch: vi.fn(async () => answer()),
    sessionStorage: { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => storage.set(key, value) },
  });
  vi.resetModules();
  const log = await import('./wire-log');
  log.installWireLog();
  return log;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the wire log and API calls', () => {
  it('records a call under the API base URL as kind api, with its scheme, its JSON body and the Authorization header once', async () => {
    const log = await wireLogWith(() => new Response('{"Id":1}', { status: 201, headers: { 'Content-Type': 'application/json' } }));
    log.watchApi('http://api.test/');
    await window.fetch('http://api.test/api/v3/payments?x=1', {
      method: 'POST',
      body: '{"Amount":10}',
      headers: { Authorization: 'DPoP token-value', 'Content-Type': 'application/json' },
    });
    const [exchange] = log.wireLog();
    expect(exchange).toMatchObject({
      kind: 'api',
      method: 'POST',
      url: 'http://api.test/api/v3/payments',
      // Masked as recorded; the raw header stays in this page's memory only.
      sent: { x: '1', Authorization: 'DPoP to…' },
      requestBody: '{"Amount":10}',
      authScheme: 'DPoP',
      status: 201,
      received: { Id: 1 },
      responseHeaders: { 'content-type': 'application/json' },
    });
    expect(exchange?.requestHeaders).toEqual({ 'content-type': 'application/json' });
    expect(exchange && log.revealSecret(exchange, 'sent.Authorization')).toEqual({ state: 'shown', value: 'DPoP token-value' });
  });

  it('puts the raw values back only for an export that asks for them', async () => {
    const log = await wireLogWith(() => new Response('{"access_token":"raw-access-token"}', { headers: { 'Content-Type': 'application/json' } }));
    log.watchApi('http://api.test/');
    await window.fetch('http://api.test/api/v3/accounts/1', { headers: { Authorization: 'Bearer raw-bearer-token' } });
    expect(JSON.stringify(log.wireLog())).not.toMatch(/raw-bearer-token|raw-access-token/);
    const { exchanges, stillMasked } = log.wireLogWithSecrets();
    expect(exchanges[0]?.sent.Authorization).toBe('Bearer raw-bearer-token');
    expect(exchanges[0]?.received).toEqual({ access_token: 'raw-access-token' });
    expect(stillMasked).toBe(0);
  });

  it('leaves other origins and paths outside the API base alone', async () => {
    const log = await wireLogWith(() => new Response('{}'));
    log.watchApi('http://api.test/bank');
    await window.fetch('http://api.test/other');
    await window.fetch('http://elsewhere.test/bank/x');
    await window.fetch('http://api.test/bank/accounts');
    expect(log.wireLog().map((exchange) => exchange.url)).toEqual(['http://api.test/bank/accounts']);
  });

  it('keeps only small API answers, so the log cannot fill the tab’s storage', async () => {
    const log = await wireLogWith(() => new Response(JSON.stringify({ Items: 'x'.repeat(3_000) })));
    log.watchApi('http://api.test');
    await window.fetch('http://api.test/api/v3/statements');
    expect(log.wireLog()[0]?.received).toMatch(/^\(\d+ characters, not kept\)$/);
  });
});
