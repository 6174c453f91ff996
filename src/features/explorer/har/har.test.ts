import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../../auth/wire-log';
import { toHar } from './har-export';
import { exchangesFromHar, HarImportError, parseHar } from './har-import';

const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU';
const at = Date.parse('2026-11-30T12:00:00Z');
const flow: Exchange[] = [
  { id: 1, at, kind: 'authorize', method: 'GET', url: 'http://id.test/connect/authorize', sent: { client_id: 'app', response_type: 'code', state: 's1', code_challenge: 'c', code_challenge_method: 'S256' } },
  { id: 2, at: at + 5, kind: 'callback', method: 'GET', url: 'http://app.test/callback', sent: {}, received: { code: 'the-authorization-code-123', state: 's1', iss: 'http://id.test' } },
  {
    id: 3,
    at: at + 6,
    kind: 'token',
    method: 'POST',
    url: 'http://id.test/connect/token',
    sent: { grant_type: 'authorization_code', code: 'the-authorization-code-123', code_verifier: 'v'.repeat(43) },
    status: 200,
    received: { access_token: jwt, token_type: 'Bearer', expires_in: 3600 },
    durationMs: 12,
  },
  { id: 4, at: at + 9, kind: 'api', method: 'GET', url: 'http://api.test/api/v3/companies', sent: { Authorization: `Bearer ${jwt}` }, authScheme: 'Bearer', status: 200, received: [], durationMs: 3 },
];

describe('toHar', () => {
  it('writes HAR 1.2 with masked secrets by default, and raw ones only when asked', () => {
    const masked = JSON.stringify(toHar(flow));
    expect(masked).not.toContain(jwt);
    expect(masked).not.toContain('the-authorization-code-123');
    expect(masked).not.toContain('v'.repeat(43));
    const raw = JSON.stringify(toHar(flow, { includeSecrets: true }));
    expect(raw).toContain(jwt);
    const har = toHar(flow);
    expect(har.log.version).toBe('1.2');
    expect(har.log.entries[0]?.response.status).toBe(302);
    expect(har.log.entries[2]?.request.postData?.mimeType).toBe('application/x-www-form-urlencoded');
    expect(har.log.entries[3]?.request.headers).toContainEqual({ name: 'Authorization', value: expect.stringMatching(/^Bearer eyJhbGciOiJSUzI1NiJ9\.…/) as unknown });
  });
});

describe('DPoP proofs in a HAR', () => {
  const proof = 'eyJ0eXAiOiJkcG9wK2p3dCIsImFsZyI6IkVTMjU2In0.eyJodG0iOiJHRVQiLCJqdGkiOiJwcm9vZi0xIn0.cHJvb2Ytc2lnbmF0dXJlLXByb29mLXNpZ25hdHVyZQ';
  const dpopFlow: Exchange[] = [
    { id: 1, at, kind: 'token', method: 'POST', url: 'http://id.test/connect/token', sent: { grant_type: 'authorization_code', code: 'the-authorization-code-123', DPoP: proof }, status: 200, received: { token_type: 'DPoP' } },
    { id: 2, at: at + 1, kind: 'api', method: 'GET', url: 'http://api.test/api/v3/companies', sent: { Authorization: `DPoP ${jwt}`, DPoP: proof }, authScheme: 'DPoP', status: 200, received: [] },
  ];

  it('travel as a DPoP request header, masked to their header part, never in the query or the form body', () => {
    const har = toHar(dpopFlow);
    expect(JSON.stringify(har)).not.toContain(proof);
    for (const entry of har.log.entries) {
      expect(entry.request.headers).toContainEqual({ name: 'DPoP', value: expect.stringMatching(/^eyJ0eXAiOiJkcG9wK2p3dCIsImFsZyI6IkVTMjU2In0\.…/) as unknown });
      expect(entry.request.url).not.toContain('DPoP');
      expect(entry.request.postData?.text ?? '').not.toContain('DPoP');
    }
  });

  it('are read back from the header into the exchange, as the wire log holds them', () => {
    const back = exchangesFromHar(parseHar(JSON.stringify(toHar(dpopFlow, { includeSecrets: true }))));
    expect(back.map((exchange) => exchange.sent.DPoP)).toEqual([proof, proof]);
    expect(back[0]?.sent.grant_type).toBe('authorization_code');
  });
});

describe('parseHar and exchangesFromHar', () => {
  it('read this app’s own HAR back into the same steps', () => {
    const back = exchangesFromHar(parseHar(JSON.stringify(toHar(flow, { includeSecrets: true }))));
    expect(back.map((exchange) => exchange.kind)).toEqual(['authorize', 'callback', 'token', 'api']);
    expect(back[1]?.received).toEqual({ code: 'the-authorization-code-123', state: 's1', iss: 'http://id.test' });
    expect(back[0]?.status).toBeUndefined();
    expect(back[2]?.sent.code_verifier).toBe('v'.repeat(43));
    expect(back[3]?.authScheme).toBe('Bearer');
  });

  it('reads a browser’s HAR: the redirect’s Location is the callback, the app’s own files are left out', () => {
    const entry = (url: string, status: number, extra: Record<string, unknown> = {}, headers: { name: string; value: string }[] = []) => ({
      startedDateTime: new Date(at).toISOString(),
      time: 5,
      request: { method: 'GET', url, httpVersion: 'h2', cookies: [], headers: [], queryString: [], headersSize: -1, bodySize: 0 },
      response: { status, statusText: '', httpVersion: 'h2', cookies: [], headers, content: { size: 0, mimeType: 'text/html' }, redirectURL: '', headersSize: -1, bodySize: 0 },
      cache: {},
      timings: { send: 0, wait: 5, receive: 0 },
      ...extra,
    });
    const chromium = {
      log: {
        version: '1.2',
        creator: { name: 'WebInspector', version: '537.36' },
        pages: [],
        entries: [
          entry('http://app.test/assets/index.js', 200, { _resourceType: 'script' }),
          entry('http://id.test/connect/authorize?response_type=id_token%20token&state=s', 303, { _resourceType: 'document' }, [
            { name: 'location', value: 'http://app.test/callback#access_token=at&state=s' },
          ]),
          entry('http://app.test/callback', 200, { _resourceType: 'document' }),
        ],
      },
    };
    const steps = exchangesFromHar(parseHar(JSON.stringify(chromium)));
    expect(steps.map((step) => step.kind)).toEqual(['authorize', 'callback']);
    expect(steps[1]?.received).toEqual({ access_token: 'at', state: 's' });
  });

  it('says where a file is not HAR 1.2', () => {
    expect(() => parseHar('{')).toThrow(HarImportError);
    expect(() => parseHar(JSON.stringify({ log: { version: '1.2', creator: { name: 'x', version: '1' }, entries: [{ time: 1 }] } }))).toThrow(/log\.entries\.0\.startedDateTime/);
    expect(() => parseHar(JSON.stringify({ log: { version: '1.1', creator: { name: 'x', version: '1' }, entries: [] } }))).toThrow(/log\.version/);
  });
});
