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
