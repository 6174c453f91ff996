import { calculateJwkThumbprint, EmbeddedJWK, exportJWK, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { apiScope, cStyleString, formEncode, generateSnippet, pythonString, shellWord, snippetGrants, snippetLanguages, type SnippetContext, type SnippetGrant } from './generate';

const accessToken = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.c2lnbmF0dXJl';

const sandbox: SnippetContext = {
  authority: 'http://localhost:5001',
  tokenEndpoint: 'http://localhost:5001/connect/token',
  authorizationEndpoint: 'http://localhost:5001/connect/authorize',
  clientId: 'open-banking-explorer',
  scope: 'openid profile email offline_access bankservice',
  apiBaseUrl: 'http://localhost:5002',
  redirectUri: 'http://localhost:5173/callback',
  accessToken,
  serviceClient: { id: 'open-banking-service', secret: 'sandbox-secret' },
};

const aritma: SnippetContext = {
  authority: 'https://id.aritma.io',
  tokenEndpoint: 'https://id.aritma.io/connect/token',
  authorizationEndpoint: 'https://id.aritma.io/connect/authorize',
  clientId: 'my-spa',
  scope: 'openid profile offline_access bankservice',
  apiBaseUrl: 'https://bankservice.zdata.no/',
  redirectUri: 'https://explorer.example.com/callback',
};

/** Values a shell, a string literal or a form body could get wrong. */
const awkward: SnippetContext = {
  ...sandbox,
  tokenEndpoint: "http://localhost:5001/connect/token?tenant=it's \"x\"&home=$HOME",
  authorizationEndpoint: 'http://localhost:5001/connect/authorize?ui=a b&x=`id`',
  scope: 'bank service "quoted" & $HOME',
  redirectUri: 'http://localhost:5173/call back?a=1&b=$PATH',
  apiBaseUrl: "http://localhost:5002/it's",
  serviceClient: { id: 'svc "one" & two', secret: "s3cr$t 'x' \"y\" \\ `ls` & more=%" },
  accessToken: 'token$with"quotes\'',
};

const hidden = { revealSecrets: false };
const shown = { revealSecrets: true };

// The app's tsconfig has no Node types, but these tests run in Node: a real shell judges the quoting.
const nodeModule = 'node:child_process';
const { execFileSync } = (await import(/* @vite-ignore */ nodeModule)) as {
  execFileSync(file: string, args: string[], options: { env: Record<string, string>; encoding: 'utf8' }): string;
};
const path = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.PATH ?? '/usr/bin:/bin';

/** Runs a cURL snippet with `curl` and `openssl` stubbed, returning the arguments curl got. */
function curlArguments(snippet: string, env: Record<string, string> = {}): string[] {
  const stubs = `curl() { printf '%s\\0' "$@"; }; openssl() { echo RANDOM; }; `;
  const output = execFileSync('sh', ['-c', stubs + snippet], { env: { PATH: path, ...env }, encoding: 'utf8' });
  return output.split('\0').slice(0, -1);
}

interface FetchCall {
  url: string;
  method?: string;
  headers: Record<string, string>;
  body?: Record<string, string>;
}

/** Runs a JavaScript snippet with fetch stubbed, returning what it would have sent. */
function javascriptRequest(snippet: string): FetchCall {
  let call: FetchCall | undefined;
  const fetch = (url: string, options: { method?: string; headers: Headers; body?: URLSearchParams }) => {
    call = { url, method: options.method, headers: Object.fromEntries(options.headers), body: options.body ? Object.fromEntries(options.body) : undefined };
    return Promise.resolve({ text: () => Promise.resolve('') });
  };
  new Function('fetch', 'console', snippet)(fetch, { log: () => undefined });
  if (!call) throw new Error('the snippet did not call fetch');
  return call;
}

/** Runs the JavaScript implicit snippet, returning the URL it sends the browser to. */
function javascriptRedirect(snippet: string): URL {
  let target: URL | undefined;
  const window = { location: { assign: (url: URL) => (target = url) } };
  new Function('window', snippet)(window);
  if (!target) throw new Error('the snippet did not redirect');
  return target;
}

describe('every snippet', () => {
  const cases = snippetGrants.flatMap((grant) => snippetLanguages.map((language) => [grant, language] as const));

  it.each(cases)('renders %s in %s for the sandbox and for Aritma', (grant, language) => {
    for (const context of [sandbox, aritma]) {
      const snippet = generateSnippet(grant, language, context, hidden);
      expect(snippet.trim().length).toBeGreaterThan(50);
      const endpoint = grant === 'api' ? `${context.apiBaseUrl.replace(/\/$/, '')}/api/v3/accounts/COMPANY_ID` : grant === 'implicit' ? context.authorizationEndpoint : context.tokenEndpoint;
      expect(snippet).toContain(endpoint);
      expect(snippet).not.toContain('undefined');
    }
  });
});

describe('client_credentials has the shape of Aritma’s example', () => {
  it('in cURL: a form-encoded body with grant_type, client_id and client_secret', () => {
    const snippet = generateSnippet('client_credentials', 'curl', aritma, hidden);
    expect(snippet).toContain(`-X POST 'https://id.aritma.io/connect/token'`);
    expect(snippet).toContain(`-H 'Content-Type: application/x-www-form-urlencoded'`);
    expect(snippet).toContain('-d "grant_type=client_credentials&client_id=$CLIENT_ID&client_secret=$CLIENT_SECRET&scope=bankservice"');
  });

  it('in C#: HttpClient with FormUrlEncodedContent', () => {
    const snippet = generateSnippet('client_credentials', 'csharp', aritma, hidden);
    expect(snippet).toContain('using var client = new HttpClient();');
    expect(snippet).toContain('{"grant_type", "client_credentials"},\n    {"client_id", "{CLIENT_ID}"},\n    {"client_secret", "{CLIENT_SECRET}"},');
    expect(snippet).toContain('var content = new FormUrlEncodedContent(form);');
    expect(snippet).toContain('await client.PostAsync("https://id.aritma.io/connect/token", content);');
  });

  it('in Java: OkHttp with the form body as one string', () => {
    const snippet = generateSnippet('client_credentials', 'java', aritma, hidden);
    expect(snippet).toContain('MediaType.parse("application/x-www-form-urlencoded")');
    expect(snippet).toContain('"grant_type=client_credentials&client_id={CLIENT_ID}&client_secret={CLIENT_SECRET}&scope=bankservice"');
    expect(snippet).toContain('.addHeader("Content-Type", "application/x-www-form-urlencoded")');
  });

  it('in JavaScript: fetch with URLSearchParams', () => {
    const snippet = generateSnippet('client_credentials', 'javascript', aritma, hidden);
    expect(snippet).toContain('myHeaders.append("Content-Type", "application/x-www-form-urlencoded");');
    expect(snippet).toContain('urlencoded.append("client_id", "{CLIENT_ID}");');
    expect(snippet).toContain('urlencoded.append("client_secret", "{CLIENT_SECRET}");');
  });

  it('in Python: requests with the payload as one string', () => {
    const snippet = generateSnippet('client_credentials', 'python', aritma, hidden);
    expect(snippet).toContain("payload = 'grant_type=client_credentials&client_id={CLIENT_ID}&client_secret={CLIENT_SECRET}&scope=bankservice'");
    expect(snippet).toContain("'Content-Type': 'application/x-www-form-urlencoded'");
    expect(snippet).toContain('requests.request("POST", url, headers=headers, data=payload)');
  });
});

describe('secrets', () => {
  const secretGrants: SnippetGrant[] = ['client_credentials', 'password', 'api'];

  it.each(snippetLanguages)('are placeholders in %s until revealed', (language) => {
    for (const grant of secretGrants) {
      const snippet = generateSnippet(grant, language, sandbox, hidden);
      expect(snippet).not.toContain('sandbox-secret');
      expect(snippet).not.toContain(accessToken);
    }
    expect(generateSnippet('client_credentials', language, sandbox, hidden)).toMatch(language === 'curl' ? /\$CLIENT_SECRET/ : /\{CLIENT_SECRET\}/);
    expect(generateSnippet('api', language, sandbox, hidden)).toMatch(language === 'curl' ? /\$ACCESS_TOKEN/ : /\{ACCESS_TOKEN\}/);
  });

  it.each(snippetLanguages)('are written out in %s when revealed', (language) => {
    expect(generateSnippet('client_credentials', language, sandbox, shown)).toContain('sandbox-secret');
    expect(generateSnippet('password', language, sandbox, shown)).toContain('sandbox-secret');
    expect(generateSnippet('api', language, sandbox, shown)).toContain(accessToken);
  });

  it('stay placeholders when there is nothing to reveal (Aritma, signed out)', () => {
    const snippet = generateSnippet('client_credentials', 'curl', aritma, shown);
    expect(snippet).toContain('client_id=$CLIENT_ID&client_secret=$CLIENT_SECRET');
    expect(generateSnippet('api', 'python', aritma, shown)).toContain("'Authorization': 'Bearer {ACCESS_TOKEN}'");
  });

  it('never include the user’s own username and password', () => {
    const snippet = generateSnippet('password', 'curl', sandbox, shown);
    expect(snippet).toContain('username=$USERNAME&password=$PASSWORD');
  });

  it('leave the one-time code and PKCE verifier for the reader', () => {
    const snippet = generateSnippet('authorization_code', 'javascript', sandbox, shown);
    expect(javascriptRequest(snippet).body).toEqual({
      grant_type: 'authorization_code',
      code: '{CODE}',
      redirect_uri: 'http://localhost:5173/callback',
      code_verifier: '{CODE_VERIFIER}',
      client_id: 'open-banking-explorer',
    });
    expect(snippet).not.toContain('client_secret');
  });
});

describe('the cURL client_credentials snippet, run by a shell,', () => {
  it('sends the sandbox client’s credentials once revealed', () => {
    const args = curlArguments(generateSnippet('client_credentials', 'curl', sandbox, shown));
    expect(args).toEqual([
      '-sS',
      '-X',
      'POST',
      'http://localhost:5001/connect/token',
      '-H',
      'Content-Type: application/x-www-form-urlencoded',
      '-d',
      'grant_type=client_credentials&client_id=open-banking-service&client_secret=sandbox-secret&scope=bankservice',
    ]);
  });

  it('takes the secret from $CLIENT_SECRET while hidden', () => {
    const args = curlArguments(generateSnippet('client_credentials', 'curl', sandbox, hidden), { CLIENT_SECRET: 'from-env' });
    expect(args.at(-1)).toBe('grant_type=client_credentials&client_id=open-banking-service&client_secret=from-env&scope=bankservice');
  });
});

describe('awkward values (spaces, quotes, &, $, backticks) arrive intact', () => {
  it('in cURL, for the form body', () => {
    const args = curlArguments(generateSnippet('client_credentials', 'curl', awkward, shown));
    expect(args[3]).toBe(awkward.tokenEndpoint);
    expect(Object.fromEntries(new URLSearchParams(args.at(-1)))).toEqual({
      grant_type: 'client_credentials',
      client_id: awkward.serviceClient?.id,
      client_secret: awkward.serviceClient?.secret,
      scope: 'bank service "quoted" & $HOME',
    });
  });

  it('in cURL, for the bearer header', () => {
    const args = curlArguments(generateSnippet('api', 'curl', awkward, shown));
    expect(args).toEqual(['-sS', "http://localhost:5002/it's/api/v3/accounts/COMPANY_ID", '-H', `Authorization: Bearer ${awkward.accessToken}`]);
  });

  it('in cURL, for the authorize URL', () => {
    const args = curlArguments(generateSnippet('implicit', 'curl', awkward, shown));
    expect(args).toContain(awkward.authorizationEndpoint);
    expect(args).toContain(`redirect_uri=${awkward.redirectUri}`);
    expect(args).toContain(`scope=${awkward.scope}`);
    expect(args).toContain('state=RANDOM');
  });

  it('in JavaScript, for the form body', () => {
    const call = javascriptRequest(generateSnippet('password', 'javascript', awkward, shown));
    expect(call.url).toBe(awkward.tokenEndpoint);
    expect(call.method).toBe('POST');
    expect(call.body).toMatchObject({ client_id: awkward.serviceClient?.id, client_secret: awkward.serviceClient?.secret, scope: 'bank service "quoted" & $HOME' });
  });

  it('in JavaScript, for the bearer header', () => {
    const call = javascriptRequest(generateSnippet('api', 'javascript', awkward, shown));
    expect(call.headers.authorization).toBe(`Bearer ${awkward.accessToken}`);
  });

  it('in JavaScript, for the authorize URL', () => {
    const url = javascriptRedirect(generateSnippet('implicit', 'javascript', awkward, shown));
    expect(url.searchParams.get('redirect_uri')).toBe(awkward.redirectUri);
    expect(url.searchParams.get('scope')).toBe(awkward.scope);
    expect(url.searchParams.get('ui')).toBe('a b');
    expect(url.searchParams.get('nonce')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('in Python, Java and C# string literals', () => {
    expect(generateSnippet('client_credentials', 'python', awkward, shown)).toContain(`url = 'http://localhost:5001/connect/token?tenant=it\\'s "x"&home=$HOME'`);
    expect(generateSnippet('client_credentials', 'java', awkward, shown)).toContain(`.url("http://localhost:5001/connect/token?tenant=it's \\"x\\"&home=$HOME")`);
    expect(generateSnippet('client_credentials', 'csharp', awkward, shown)).toContain(`{"client_secret", "s3cr$t 'x' \\"y\\" \\\\ \`ls\` & more=%"},`);
  });

  it('in form bodies written as one string (Java, Python): encoded', () => {
    const body = `client_secret=${formEncode(awkward.serviceClient?.secret ?? '')}`;
    expect(generateSnippet('client_credentials', 'python', awkward, shown)).toContain(body);
    expect(generateSnippet('client_credentials', 'java', awkward, shown)).toContain(body);
    expect(Object.fromEntries(new URLSearchParams(body))).toEqual({ client_secret: awkward.serviceClient?.secret });
  });
});

describe('quoting helpers', () => {
  it('shellWord single-quotes literal text, even with single quotes inside', () => {
    expect(shellWord([{ text: "it's $HOME" }])).toBe(`'it'\\''s $HOME'`);
  });

  it('shellWord double-quotes around variables and escapes the literal text', () => {
    expect(shellWord([{ text: 'a "b" $c `d` \\ ' }, { variable: 'TOKEN' }])).toBe('"a \\"b\\" \\$c \\`d\\` \\\\ $TOKEN"');
  });

  it('shellWord braces a variable that a name character follows', () => {
    expect(shellWord([{ variable: 'TOKEN' }, { text: '_x' }])).toBe('"${TOKEN}_x"');
  });

  it('pythonString escapes quotes, backslashes and control characters', () => {
    expect(pythonString("it's \\ \n\u0001")).toBe("'it\\'s \\\\ \\n\\x01'");
  });

  it('cStyleString writes control characters so that Java cannot trip over them', () => {
    expect(cStyleString('a\u0001"b"', 'java')).toBe('"a\\001\\"b\\""');
    expect(cStyleString('a\u0001\u2028', 'csharp')).toBe('"a\\u0001\\u2028"');
  });
});

describe('scopes', () => {
  it('keep only API scopes for server-side grants', () => {
    expect(apiScope('openid profile email offline_access bankservice')).toBe('bankservice');
    expect(generateSnippet('client_credentials', 'javascript', sandbox, hidden)).toContain('urlencoded.append("scope", "bankservice");');
  });

  it('leave scope out when only user scopes are configured', () => {
    expect(generateSnippet('client_credentials', 'python', { ...aritma, scope: 'openid profile' }, hidden)).not.toContain('scope=');
  });

  it('leave offline_access out of the implicit request, which never gets a refresh token', () => {
    const url = javascriptRedirect(generateSnippet('implicit', 'javascript', sandbox, hidden));
    expect(url.searchParams.get('scope')).toBe('openid profile email bankservice');
    expect(url.searchParams.get('response_type')).toBe('id_token token');
  });
});

describe('DPoP variants', () => {
  const dpop = { revealSecrets: false, dpop: true };

  interface DpopCall {
    url: string;
    headers: Record<string, string>;
    body: Record<string, string>;
  }

  /** Runs a JavaScript DPoP snippet with real jose and fetch stubbed by `answers`, returning every request it sent. */
  async function runJavascriptDpop(snippet: string, answers: { status: number; headers?: Record<string, string> }[]): Promise<DpopCall[]> {
    const [importLine, ...body] = snippet.split('\n');
    expect(importLine).toBe('import { exportJWK, generateKeyPair, SignJWT } from "jose";');
    const calls: DpopCall[] = [];
    const fetch = (url: string, options: { headers: Record<string, string>; body: URLSearchParams }) => {
      calls.push({ url, headers: options.headers, body: Object.fromEntries(options.body) });
      const answer = answers[calls.length - 1] ?? { status: 200 };
      return Promise.resolve({ status: answer.status, headers: new Headers(answer.headers), text: () => Promise.resolve('') });
    };
    const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
    await new AsyncFunction('fetch', 'console', 'exportJWK', 'generateKeyPair', 'SignJWT', body.join('\n'))(fetch, { log: () => undefined }, exportJWK, generateKeyPair, SignJWT);
    return calls;
  }

  /** Verifies a proof the way a server does: signature with its own jwk, typ, and the claims RFC 9449 §4.2 requires. */
  async function verifiedProof(proof: string | undefined) {
    const { payload, protectedHeader } = await jwtVerify(proof ?? '', EmbeddedJWK, { typ: 'dpop+jwt', algorithms: ['ES256'] });
    expect(protectedHeader.jwk).not.toHaveProperty('d');
    expect(payload).toMatchObject({ jti: expect.any(String), iat: expect.any(Number) });
    return { payload, thumbprint: await calculateJwkThumbprint(protectedHeader.jwk ?? {}) };
  }

  it.each(snippetLanguages)('exist in %s only for client_credentials and authorization_code', (language) => {
    for (const grant of snippetGrants) {
      const changed = generateSnippet(grant, language, sandbox, dpop) !== generateSnippet(grant, language, sandbox, hidden);
      expect(changed).toBe(grant === 'client_credentials' || grant === 'authorization_code');
    }
  });

  it.each(['client_credentials', 'authorization_code'] as const)('name their library for %s, or say plainly there is none (cURL)', (grant) => {
    expect(generateSnippet(grant, 'curl', sandbox, dpop)).toMatch(/cURL cannot sign/);
    expect(generateSnippet(grant, 'csharp', sandbox, dpop)).toContain('new ProofTokenMessageHandler(new DefaultDPoPProofTokenFactory(proofKey), new HttpClientHandler())');
    expect(generateSnippet(grant, 'csharp', sandbox, dpop)).toMatch(/^using Duende\.IdentityModel\.OidcClient\.DPoP;/);
    expect(generateSnippet(grant, 'java', sandbox, dpop)).toContain('new DefaultDPoPProofFactory(dpopKey, JWSAlgorithm.ES256)');
    expect(generateSnippet(grant, 'java', sandbox, dpop)).toContain('createDPoPJWT("POST", URI.create("http://localhost:5001/connect/token"))');
    expect(generateSnippet(grant, 'java', sandbox, dpop)).toContain('.addHeader("DPoP", dpopProof)');
    expect(generateSnippet(grant, 'javascript', sandbox, dpop)).toContain('from "jose"');
    expect(generateSnippet(grant, 'python', sandbox, dpop)).toContain('from requests_oauth2client import OAuth2Client');
    expect(generateSnippet(grant, 'python', sandbox, dpop)).toContain(`token = client.${grant}(`);
  });

  it('in cURL send the proof the reader made in the DPoP header, next to the same body', () => {
    const args = curlArguments(generateSnippet('client_credentials', 'curl', sandbox, dpop), { DPOP_PROOF: 'eyJ.proof.sig', CLIENT_SECRET: 'from-env' });
    expect(args).toContain('DPoP: eyJ.proof.sig');
    expect(args).toContain('grant_type=client_credentials&client_id=open-banking-service&client_secret=from-env&scope=bankservice');
  });

  it('in JavaScript send a proof that verifies with its own key, for POST to the token endpoint, with the usual body', async () => {
    const [call] = await runJavascriptDpop(generateSnippet('client_credentials', 'javascript', sandbox, dpop), [{ status: 200 }]);
    expect(call?.url).toBe('http://localhost:5001/connect/token');
    expect(call?.body).toEqual({ grant_type: 'client_credentials', client_id: 'open-banking-service', client_secret: '{CLIENT_SECRET}', scope: 'bankservice' });
    const { payload } = await verifiedProof(call?.headers.DPoP);
    expect(payload).toMatchObject({ htm: 'POST', htu: 'http://localhost:5001/connect/token' });
    expect(payload).not.toHaveProperty('nonce');
    expect(Math.abs((payload.iat ?? 0) - Date.now() / 1000)).toBeLessThan(60);
  });

  it('in JavaScript answer use_dpop_nonce once, with a fresh proof of the same key that carries the nonce', async () => {
    const calls = await runJavascriptDpop(generateSnippet('authorization_code', 'javascript', aritma, dpop), [
      { status: 400, headers: { 'DPoP-Nonce': 'server-nonce-1' } },
      { status: 400, headers: { 'DPoP-Nonce': 'server-nonce-2' } },
    ]);
    expect(calls).toHaveLength(2);
    const first = await verifiedProof(calls[0]?.headers.DPoP);
    const retry = await verifiedProof(calls[1]?.headers.DPoP);
    expect(retry.payload.nonce).toBe('server-nonce-1');
    expect(retry.payload.jti).not.toBe(first.payload.jti);
    expect(retry.thumbprint).toBe(first.thumbprint);
    expect(calls[1]?.body).toEqual(calls[0]?.body);
  });

  it('in JavaScript do not retry a success that happens to carry a nonce', async () => {
    const calls = await runJavascriptDpop(generateSnippet('client_credentials', 'javascript', sandbox, dpop), [{ status: 200, headers: { 'DPoP-Nonce': 'next' } }]);
    expect(calls).toHaveLength(1);
  });

  it('in Python allow http:// (testing=True) only for an http:// server such as the sandbox', () => {
    expect(generateSnippet('client_credentials', 'python', sandbox, dpop)).toContain('testing=True');
    expect(generateSnippet('client_credentials', 'python', aritma, dpop)).not.toContain('testing');
  });

  it('in Python exchange the code as the public client, with no secret', () => {
    const snippet = generateSnippet('authorization_code', 'python', sandbox, dpop);
    expect(snippet).toContain("token_endpoint='http://localhost:5001/connect/token',\n  client_id='open-banking-explorer',\n  testing=True,");
    expect(snippet).toContain(
      "token = client.authorization_code(\n  code='{CODE}',\n  redirect_uri='http://localhost:5173/callback',\n  code_verifier='{CODE_VERIFIER}',\n  dpop=True,\n)",
    );
    expect(snippet).not.toContain('client_secret');
  });

  it.each(snippetLanguages)('keep secrets placeholders in %s until revealed', (language) => {
    expect(generateSnippet('client_credentials', language, sandbox, dpop)).not.toContain('sandbox-secret');
    expect(generateSnippet('client_credentials', language, sandbox, { revealSecrets: true, dpop: true })).toContain('sandbox-secret');
  });
});
