import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { postForm } from './explorer-run';

/*
 * The explorer's own POSTs to the identity server (the push and the code exchange): form-encoded,
 * a DPoP proof when asked, and exactly one retry with the server's nonce. The real server's side is
 * tested in sandbox/; here a scripted server answers what each case needs.
 */

type Answer = { status: number; headers?: Record<string, string>; body: object };
let script: Answer[] = [];
let seen: { headers: IncomingHttpHeaders; body: string }[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({ headers: request.headers, body });
      const answer = script.shift() ?? { status: 200, body: { ok: true } };
      response.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
      response.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  url = `http://localhost:${(server.address() as AddressInfo).port}/connect/token`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  script = [];
  seen = [];
});

const form = () => new URLSearchParams({ grant_type: 'authorization_code', code: 'c', client_id: 'app' });
const nonceChallenge = (nonce?: string): Answer => ({
  status: 400,
  headers: nonce ? { 'DPoP-Nonce': nonce } : {},
  body: { error: 'use_dpop_nonce', error_description: 'Authorization server requires nonce in DPoP proof' },
});
function prover() {
  const nonces: (string | undefined)[] = [];
  return {
    nonces,
    proof: async (nonce?: string) => {
      nonces.push(nonce);
      return `proof-${nonces.length}`;
    },
  };
}

describe('postForm', () => {
  it('posts the parameters form-encoded, without a DPoP header when no proof is asked for, and reads the JSON answer', async () => {
    script = [{ status: 200, body: { access_token: 'at', token_type: 'Bearer' } }];
    const answer = await postForm(url, form());
    expect(answer).toMatchObject({ status: 200, body: { token_type: 'Bearer' }, nonceRetried: false });
    expect(seen[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(new URLSearchParams(seen[0]?.body)).toEqual(form());
    expect(seen[0]?.headers.dpop).toBeUndefined();
  });

  it('sends a proof in the DPoP header', async () => {
    script = [{ status: 200, body: { token_type: 'DPoP' } }];
    const { proof, nonces } = prover();
    const answer = await postForm(url, form(), proof);
    expect(seen[0]?.headers.dpop).toBe('proof-1');
    expect(nonces).toEqual([undefined]);
    expect(answer).toMatchObject({ status: 200, nonceRetried: false });
  });

  it('answers use_dpop_nonce once, with a new proof carrying the server’s nonce', async () => {
    script = [nonceChallenge('n-1'), { status: 200, body: { token_type: 'DPoP' } }];
    const { proof, nonces } = prover();
    const answer = await postForm(url, form(), proof);
    expect(nonces).toEqual([undefined, 'n-1']);
    expect(seen.map((request) => request.headers.dpop)).toEqual(['proof-1', 'proof-2']);
    expect(new URLSearchParams(seen[1]?.body)).toEqual(form());
    expect(answer).toMatchObject({ status: 200, body: { token_type: 'DPoP' }, nonceRetried: true });
  });

  it('retries only once: a second use_dpop_nonce is the answer', async () => {
    script = [nonceChallenge('n-1'), nonceChallenge('n-2')];
    const { proof } = prover();
    const answer = await postForm(url, form(), proof);
    expect(seen).toHaveLength(2);
    expect(answer).toMatchObject({ status: 400, body: { error: 'use_dpop_nonce' }, nonceRetried: true });
  });

  it('does not retry use_dpop_nonce without a DPoP-Nonce header, nor another error', async () => {
    script = [nonceChallenge()];
    expect(await postForm(url, form(), prover().proof)).toMatchObject({ status: 400, nonceRetried: false });
    script = [{ status: 400, headers: { 'DPoP-Nonce': 'n' }, body: { error: 'invalid_dpop_proof' } }];
    expect(await postForm(url, form(), prover().proof)).toMatchObject({ status: 400, body: { error: 'invalid_dpop_proof' }, nonceRetried: false });
    expect(seen).toHaveLength(2);
  });

  it('does not retry a request made without a proof', async () => {
    script = [nonceChallenge('n-1')];
    expect(await postForm(url, form())).toMatchObject({ status: 400, nonceRetried: false });
    expect(seen).toHaveLength(1);
  });
});
