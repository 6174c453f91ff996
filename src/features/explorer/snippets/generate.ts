/** What the snippets are filled with: the environment's endpoints and clients, and the current token. */
export interface SnippetContext {
  authority: string;
  tokenEndpoint: string;
  authorizationEndpoint: string;
  clientId: string;
  scope: string;
  apiBaseUrl: string;
  redirectUri: string;
  accessToken?: string;
  /** The confidential client to show in server-side snippets; sandbox: { id: 'open-banking-service', secret: 'sandbox-secret' }; Aritma: undefined → placeholders {CLIENT_ID}/{CLIENT_SECRET}. */
  serviceClient?: { id: string; secret: string };
}

/** Aritma's four grant types, and the API call the token is for. */
export const snippetGrants = ['client_credentials', 'authorization_code', 'password', 'implicit', 'api'] as const;
export type SnippetGrant = (typeof snippetGrants)[number];

export const snippetLanguages = ['curl', 'csharp', 'java', 'javascript', 'python'] as const;
export type SnippetLanguage = (typeof snippetLanguages)[number];

export interface SnippetOptions {
  /** Show the client secret and access token themselves instead of placeholders. */
  revealSecrets: boolean;
  /** Ask for DPoP-bound tokens (RFC 9449), for the grants in `dpopGrants`. */
  dpop?: boolean;
}

/** The token requests that have a DPoP variant: a service's own token, and the app's code exchange. */
export const dpopGrants: readonly SnippetGrant[] = ['client_credentials', 'authorization_code'];

/** A value in a snippet: written out, left for the reader to fill in, or made fresh by the code. */
type Value = { kind: 'literal'; text: string } | { kind: 'placeholder'; name: string } | { kind: 'random' };

type Field = [name: string, value: Value];

type Request =
  | { kind: 'form'; comment: string[]; url: string; fields: Field[]; dpop?: boolean }
  | { kind: 'bearer'; comment: string[]; url: string; token: Value }
  | { kind: 'authorize'; comment: string[]; url: string; fields: Field[] };

const literal = (text: string): Value => ({ kind: 'literal', text });
const placeholder = (name: string): Value => ({ kind: 'placeholder', name });
const random: Value = { kind: 'random' };

/** A secret: written out only when asked to and known, otherwise a placeholder. */
function secret(name: string, actual: string | undefined, options: SnippetOptions): Value {
  return options.revealSecrets && actual ? literal(actual) : placeholder(name);
}

// Scopes about the user (OpenID Connect) or refresh tokens mean nothing to a client_credentials or password token for the API.
const userScopes = new Set(['openid', 'profile', 'email', 'address', 'phone', 'offline_access']);

/** The API scopes of a scope string, e.g. "openid profile bankservice" → "bankservice". */
export function apiScope(scope: string): string {
  return scope
    .split(/\s+/)
    .filter((value) => value !== '' && !userScopes.has(value))
    .join(' ');
}

function withScope(fields: Field[], scope: string): Field[] {
  return scope === '' ? fields : [...fields, ['scope', literal(scope)]];
}

function serviceClientFields(context: SnippetContext, options: SnippetOptions): Field[] {
  return [
    ['client_id', context.serviceClient ? literal(context.serviceClient.id) : placeholder('CLIENT_ID')],
    ['client_secret', secret('CLIENT_SECRET', context.serviceClient?.secret, options)],
  ];
}

function publicClientId(context: SnippetContext): Value {
  return context.clientId ? literal(context.clientId) : placeholder('CLIENT_ID');
}

function requestFor(grant: SnippetGrant, context: SnippetContext, options: SnippetOptions): Request {
  const request = baseRequestFor(grant, context, options);
  return request.kind === 'form' && options.dpop === true && dpopGrants.includes(grant) ? { ...request, dpop: true } : request;
}

function baseRequestFor(grant: SnippetGrant, context: SnippetContext, options: SnippetOptions): Request {
  switch (grant) {
    case 'client_credentials':
      return {
        kind: 'form',
        comment: ['Server to server: the client authenticates with its own secret; no user is involved (RFC 6749 §4.4).'],
        url: context.tokenEndpoint,
        fields: withScope([['grant_type', literal('client_credentials')], ...serviceClientFields(context, options)], apiScope(context.scope)),
      };
    case 'password':
      return {
        kind: 'form',
        comment: ['Legacy, server side only: RFC 9700 §2.4 says the password grant MUST NOT be used.'],
        url: context.tokenEndpoint,
        fields: withScope(
          [
            ['grant_type', literal('password')],
            ['username', placeholder('USERNAME')],
            ['password', placeholder('PASSWORD')],
            ...serviceClientFields(context, options),
          ],
          apiScope(context.scope),
        ),
      };
    case 'authorization_code':
      return {
        kind: 'form',
        comment: [
          'CODE: the code from the redirect to redirect_uri. CODE_VERIFIER: the random secret whose',
          'S256 hash went out as code_challenge in the authorization request (RFC 7636 §4.5).',
        ],
        url: context.tokenEndpoint,
        fields: [
          ['grant_type', literal('authorization_code')],
          ['code', placeholder('CODE')],
          ['redirect_uri', literal(context.redirectUri)],
          ['code_verifier', placeholder('CODE_VERIFIER')],
          ['client_id', publicClientId(context)],
        ],
      };
    case 'implicit':
      return {
        kind: 'authorize',
        comment: [
          'The URL the browser is sent to. The tokens come back in the URL fragment, which is why',
          'RFC 9700 §2.1.2 and RFC 10017 §7.2 say not to use it. state and nonce: fresh random values.',
        ],
        url: context.authorizationEndpoint,
        fields: [
          ['response_type', literal('id_token token')],
          ['client_id', publicClientId(context)],
          ['redirect_uri', literal(context.redirectUri)],
          // Implicit never issues a refresh token (RFC 6749 §4.2.2), so offline_access is left out.
          ['scope', literal(context.scope.split(/\s+/).filter((value) => value !== '' && value !== 'offline_access').join(' '))],
          ['state', random],
          ['nonce', random],
        ],
      };
    case 'api':
      return {
        kind: 'bearer',
        comment: ['Reuse the access token until it expires.', 'v3 lists no companies: put your company id in the URL.'],
        url: `${context.apiBaseUrl.replace(/\/+$/, '')}/api/v3/accounts/COMPANY_ID`,
        token: secret('ACCESS_TOKEN', context.accessToken, options),
      };
  }
}

/** `application/x-www-form-urlencoded`, as a browser's URLSearchParams writes it. */
export function formEncode(text: string): string {
  return new URLSearchParams({ v: text }).toString().slice(2);
}

/** The escapes C#, Java, JavaScript and Python write alike. */
const commonEscapes: Partial<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function controlEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A double-quoted string literal for C#, Java or JavaScript: the escapes they all read alike. */
export function cStyleString(text: string, language: 'csharp' | 'java' | 'javascript'): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  const escaped = text.replace(/[\\"\u0000-\u001f\u2028\u2029]/g, (character) =>
    character === '"'
      ? '\\"'
      : (commonEscapes[character] ??
        // Java reads \uXXXX before it parses, so a \u000a would end the line: octal is safe there.
        (language === 'java' ? `\\${character.charCodeAt(0).toString(8).padStart(3, '0')}` : controlEscape(character))),
  );
  return `"${escaped}"`;
}

/** A single-quoted Python string literal. */
export function pythonString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  const escaped = text.replace(/[\\'\u0000-\u001f]/g, (character) =>
    character === "'" ? "\\'" : (commonEscapes[character] ?? `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`),
  );
  return `'${escaped}'`;
}

type ShellSegment = { text: string } | { variable: string };

/**
 * One shell word. Without variables: single quotes, where nothing is special. With variables:
 * double quotes, with \, ", $ and ` escaped in the literal text so only the variables expand.
 */
export function shellWord(segments: ShellSegment[]): string {
  if (segments.every((segment) => 'text' in segment)) {
    const text = segments.map((segment) => ('text' in segment ? segment.text : '')).join('');
    return `'${text.replace(/'/g, `'\\''`)}'`;
  }
  const inner = segments.map((segment, index) => {
    if ('text' in segment) return segment.text.replace(/[\\"$`]/g, (character) => `\\${character}`);
    const next = segments[index + 1];
    // $NAME as in Aritma's example, unless a letter, digit or _ follows and would become part of the name.
    return next && 'text' in next && /^\w/.test(next.text) ? `\${${segment.variable}}` : `$${segment.variable}`;
  });
  return `"${inner.join('')}"`;
}

/** A literal's text, or {NAME} for a placeholder, to sit inside a string such as "Bearer …". */
function inline(value: Value): string {
  return value.kind === 'literal' ? value.text : value.kind === 'placeholder' ? `{${value.name}}` : '';
}

function comments(prefix: string, lines: string[]): string[] {
  return lines.map((line) => `${prefix} ${line}`);
}

// ---- cURL: the shape of Aritma's example, valid for sh, bash and zsh.

function curlBody(fields: Field[]): ShellSegment[] {
  return fields.flatMap(([name, value], index): ShellSegment[] => {
    const start: ShellSegment = { text: `${index > 0 ? '&' : ''}${formEncode(name)}=` };
    if (value.kind === 'placeholder') return [start, { variable: value.name }];
    return [start, { text: value.kind === 'literal' ? formEncode(value.text) : '' }];
  });
}

function curlValue(value: Value, name: string): ShellSegment {
  if (value.kind === 'placeholder') return { variable: value.name };
  if (value.kind === 'random') return { variable: name.toUpperCase() };
  return { text: value.text };
}

/** cURL cannot sign, so the DPoP variant says what the proof must hold and leaves making it to the reader. */
function curlDpopComment(url: string): string[] {
  return comments('#', [
    'DPoP (RFC 9449): cURL cannot sign, so make the proof with a JOSE library (see the other',
    'languages) and put it in DPOP_PROOF: a JWT with the header {"typ":"dpop+jwt","alg":"ES256",',
    `"jwk":<your public key>} and the claims {"jti":<random>,"htm":"POST","htu":"${url}",`,
    '"iat":<now>}, signed with your private key. A proof is good for this one request only;',
    'answered with use_dpop_nonce, make a new one with "nonce" set to the DPoP-Nonce response header.',
  ]);
}

function curl(request: Request): string {
  const lines = comments('#', request.comment);
  switch (request.kind) {
    case 'form':
      return [
        ...lines,
        ...(request.dpop ? curlDpopComment(request.url) : []),
        `curl -sS -X POST ${shellWord([{ text: request.url }])} \\`,
        `  -H 'Content-Type: application/x-www-form-urlencoded' \\`,
        ...(request.dpop ? [`  -H ${shellWord([{ text: 'DPoP: ' }, { variable: 'DPOP_PROOF' }])} \\`] : []),
        `  -d ${shellWord(curlBody(request.fields))}`,
      ].join('\n');
    case 'bearer':
      return [...lines, `curl -sS ${shellWord([{ text: request.url }])} \\`, `  -H ${shellWord([{ text: 'Authorization: Bearer ' }, curlValue(request.token, 'access_token')])}`].join('\n');
    case 'authorize': {
      const randoms = request.fields.filter(([, value]) => value.kind === 'random').map(([name]) => name.toUpperCase());
      const parameters = request.fields.map(([name, value]) => `  --data-urlencode ${shellWord([{ text: `${name}=` }, curlValue(value, name)])}`);
      return [
        ...lines,
        ...randoms.map((name) => `${name}=$(openssl rand -hex 16)`),
        `curl -sS -i -G ${shellWord([{ text: request.url }])} \\`,
        parameters.join(' \\\n'),
      ].join('\n');
    }
  }
}

// ---- C#: HttpClient and FormUrlEncodedContent, as in Aritma's example.

function csharpValue(value: Value): string {
  if (value.kind === 'literal') return cStyleString(value.text, 'csharp');
  if (value.kind === 'placeholder') return cStyleString(`{${value.name}}`, 'csharp');
  return 'Convert.ToHexString(RandomNumberGenerator.GetBytes(16))';
}

function csharpDictionary(name: string, fields: Field[]): string[] {
  return [`var ${name} = new Dictionary<string, string>`, '{', ...fields.map(([key, value]) => `    {${cStyleString(key, 'csharp')}, ${csharpValue(value)}},`), '};'];
}

function csharp(request: Request): string {
  const lines = comments('//', request.comment);
  switch (request.kind) {
    case 'form':
      return [
        ...(request.dpop ? ['using Duende.IdentityModel.OidcClient.DPoP;', ''] : []),
        ...lines,
        ...(request.dpop
          ? [
              '// DPoP (RFC 9449) with Duende.IdentityModel.OidcClient.Extensions (NuGet): its handler signs a',
              '// fresh proof for every request and retries once with the server’s DPoP-Nonce.',
              'var proofKey = JsonWebKeys.CreateECDsaJson(); // keep it: the tokens are bound to this key',
              'using var client = new HttpClient(new ProofTokenMessageHandler(new DefaultDPoPProofTokenFactory(proofKey), new HttpClientHandler()));',
            ]
          : ['using var client = new HttpClient();']),
        '',
        ...csharpDictionary('form', request.fields),
        'var content = new FormUrlEncodedContent(form);',
        '',
        `var response = await client.PostAsync(${cStyleString(request.url, 'csharp')}, content);`,
        'Console.WriteLine(await response.Content.ReadAsStringAsync());',
      ].join('\n');
    case 'bearer':
      return [
        'using System.Net.Http.Headers;',
        '',
        ...lines,
        'using var client = new HttpClient();',
        `client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ${csharpValue(request.token)});`,
        '',
        `var response = await client.GetAsync(${cStyleString(request.url, 'csharp')});`,
        'Console.WriteLine(await response.Content.ReadAsStringAsync());',
      ].join('\n');
    case 'authorize':
      return [
        'using System.Security.Cryptography;',
        '',
        ...lines,
        ...csharpDictionary('query', request.fields),
        'var queryString = await new FormUrlEncodedContent(query).ReadAsStringAsync();',
        `var authorizeUrl = ${cStyleString(`${request.url}?`, 'csharp')} + queryString;`,
        'Console.WriteLine(authorizeUrl);',
      ].join('\n');
  }
}

// ---- Java: OkHttp, as in Aritma's example.

/** The form body as one string, as Aritma's Java and Python examples write it: values encoded, placeholders as {NAME}. */
function formBody(fields: Field[]): string {
  return fields.map(([name, value]) => `${formEncode(name)}=${value.kind === 'literal' ? formEncode(value.text) : inline(value)}`).join('&');
}

function javaValue(value: Value): string {
  if (value.kind === 'literal') return cStyleString(value.text, 'java');
  if (value.kind === 'placeholder') return cStyleString(`{${value.name}}`, 'java');
  return 'new BigInteger(128, random).toString(16)';
}

function java(request: Request): string {
  const lines = comments('//', request.comment);
  const client = ['OkHttpClient client = new OkHttpClient().newBuilder()', '  .build();'];
  switch (request.kind) {
    case 'form':
      return [
        ...lines,
        ...(request.dpop
          ? [
              '// DPoP (RFC 9449) with Nimbus: DefaultDPoPProofFactory from com.nimbusds:oauth2-oidc-sdk, the key',
              '// from nimbus-jose-jwt. A fresh proof for every request; answered with use_dpop_nonce, send',
              '// again with a new proof that carries the DPoP-Nonce response header as its nonce.',
              'ECKey dpopKey = new ECKeyGenerator(Curve.P_256).generate(); // keep it: the tokens are bound to this key',
              'DPoPProofFactory proofFactory = new DefaultDPoPProofFactory(dpopKey, JWSAlgorithm.ES256);',
              `String dpopProof = proofFactory.createDPoPJWT("POST", URI.create(${cStyleString(request.url, 'java')})).serialize();`,
              '',
            ]
          : []),
        ...client,
        'MediaType mediaType = MediaType.parse("application/x-www-form-urlencoded");',
        'RequestBody body = RequestBody.create(mediaType,',
        `  ${cStyleString(formBody(request.fields), 'java')});`,
        '',
        'Request request = new Request.Builder()',
        `  .url(${cStyleString(request.url, 'java')})`,
        '  .method("POST", body)',
        '  .addHeader("Content-Type", "application/x-www-form-urlencoded")',
        ...(request.dpop ? ['  .addHeader("DPoP", dpopProof)'] : []),
        '  .build();',
        '',
        'Response response = client.newCall(request).execute();',
        'System.out.println(response.body().string());',
      ].join('\n');
    case 'bearer':
      return [
        ...lines,
        ...client,
        'Request request = new Request.Builder()',
        `  .url(${cStyleString(request.url, 'java')})`,
        '  .method("GET", null)',
        `  .addHeader("Authorization", ${cStyleString(`Bearer ${inline(request.token)}`, 'java')})`,
        '  .build();',
        '',
        'Response response = client.newCall(request).execute();',
        'System.out.println(response.body().string());',
      ].join('\n');
    case 'authorize':
      return [
        ...lines,
        'SecureRandom random = new SecureRandom();',
        `HttpUrl authorizeUrl = HttpUrl.parse(${cStyleString(request.url, 'java')}).newBuilder()`,
        ...request.fields.map(([name, value]) => `  .addQueryParameter(${cStyleString(name, 'java')}, ${javaValue(value)})`),
        '  .build();',
        'System.out.println(authorizeUrl);',
      ].join('\n');
  }
}

// ---- JavaScript: fetch and URLSearchParams, as in Aritma's example.

function javascriptValue(value: Value): string {
  if (value.kind === 'literal') return cStyleString(value.text, 'javascript');
  if (value.kind === 'placeholder') return cStyleString(`{${value.name}}`, 'javascript');
  return 'crypto.randomUUID()';
}

function javascriptFetch(url: string, options: string): string[] {
  return [
    `fetch(${cStyleString(url, 'javascript')}, ${options})`,
    '  .then((response) => response.text())',
    '  .then((result) => console.log(result))',
    '  .catch((error) => console.log("error", error));',
  ];
}

/** The token request with a DPoP proof made by jose, and the one retry RFC 9449 §8 asks for when the server wants a nonce. */
function javascriptDpop(request: Extract<Request, { kind: 'form' }>): string {
  return [
    'import { exportJWK, generateKeyPair, SignJWT } from "jose";',
    '',
    ...comments('//', request.comment),
    '// DPoP (RFC 9449) with jose (npm install jose): one key pair for the life of the tokens, a fresh',
    '// proof for every request. oauth4webapi’s DPoP() does the same inside a whole OAuth client.',
    'const dpopKey = await generateKeyPair("ES256"); // keep it: the tokens are bound to this key',
    'const dpopProof = async (htm, htu, nonce) =>',
    '  new SignJWT({ htm, htu, ...(nonce ? { nonce } : {}) })',
    '    .setProtectedHeader({ alg: "ES256", typ: "dpop+jwt", jwk: await exportJWK(dpopKey.publicKey) })',
    '    .setJti(crypto.randomUUID())',
    '    .setIssuedAt()',
    '    .sign(dpopKey.privateKey);',
    '',
    `const tokenEndpoint = ${cStyleString(request.url, 'javascript')};`,
    'const urlencoded = new URLSearchParams();',
    ...request.fields.map(([name, value]) => `urlencoded.append(${cStyleString(name, 'javascript')}, ${javascriptValue(value)});`),
    '',
    'const send = async (nonce) =>',
    '  fetch(tokenEndpoint, {',
    '    method: "POST",',
    '    headers: { "Content-Type": "application/x-www-form-urlencoded", DPoP: await dpopProof("POST", tokenEndpoint, nonce) },',
    '    body: urlencoded,',
    '  });',
    '',
    'let response = await send();',
    '// A server that wants a nonce answers 400 use_dpop_nonce with a DPoP-Nonce header: send once more with it.',
    'const nonce = response.headers.get("DPoP-Nonce");',
    'if (response.status === 400 && nonce) response = await send(nonce);',
    'console.log(await response.text());',
  ].join('\n');
}

function javascript(request: Request): string {
  const lines = comments('//', request.comment);
  switch (request.kind) {
    case 'form':
      if (request.dpop) return javascriptDpop(request);
      return [
        ...lines,
        'const myHeaders = new Headers();',
        'myHeaders.append("Content-Type", "application/x-www-form-urlencoded");',
        '',
        'const urlencoded = new URLSearchParams();',
        ...request.fields.map(([name, value]) => `urlencoded.append(${cStyleString(name, 'javascript')}, ${javascriptValue(value)});`),
        '',
        'const requestOptions = {',
        '  method: "POST",',
        '  headers: myHeaders,',
        '  body: urlencoded,',
        '  redirect: "follow",',
        '};',
        '',
        ...javascriptFetch(request.url, 'requestOptions'),
      ].join('\n');
    case 'bearer':
      return [
        ...lines,
        'const myHeaders = new Headers();',
        `myHeaders.append("Authorization", ${cStyleString(`Bearer ${inline(request.token)}`, 'javascript')});`,
        '',
        ...javascriptFetch(request.url, '{ method: "GET", headers: myHeaders }'),
      ].join('\n');
    case 'authorize':
      return [
        ...lines,
        `const authorizeUrl = new URL(${cStyleString(request.url, 'javascript')});`,
        ...request.fields.map(([name, value]) => `authorizeUrl.searchParams.append(${cStyleString(name, 'javascript')}, ${javascriptValue(value)});`),
        'window.location.assign(authorizeUrl);',
      ].join('\n');
  }
}

// ---- Python: requests, as in Aritma's example.

function pythonValue(value: Value): string {
  if (value.kind === 'literal') return pythonString(value.text);
  if (value.kind === 'placeholder') return pythonString(`{${value.name}}`);
  return 'secrets.token_urlsafe(16)';
}

/**
 * requests and Authlib have no DPoP support; requests_oauth2client makes the key, a proof per
 * request and answers use_dpop_nonce itself, so the DPoP variant is written with it.
 */
function pythonDpop(request: Extract<Request, { kind: 'form' }>): string {
  const value = (name: string): Value | undefined => request.fields.find(([field]) => field === name)?.[1];
  const grant = value('grant_type');
  const method = grant?.kind === 'literal' && grant.text === 'client_credentials' ? 'client_credentials' : 'authorization_code';
  const clientFields = request.fields.filter(([name]) => name === 'client_id' || name === 'client_secret');
  const grantFields = request.fields.filter(([name]) => name !== 'grant_type' && name !== 'client_id' && name !== 'client_secret');
  return [
    ...comments('#', request.comment),
    '# DPoP (RFC 9449) with requests_oauth2client (pip install requests_oauth2client): it makes the key,',
    '# a fresh proof for every request, and answers use_dpop_nonce. requests and Authlib have no DPoP support.',
    'from requests_oauth2client import OAuth2Client',
    '',
    'client = OAuth2Client(',
    `  token_endpoint=${pythonString(request.url)},`,
    ...clientFields.map(([name, fieldValue]) => `  ${name}=${pythonValue(fieldValue)},`),
    // The library refuses http:// endpoints unless told it is testing; only the local sandbox needs that.
    ...(request.url.startsWith('http:') ? ['  testing=True,  # only because this server is http://; never for a real one'] : []),
    ')',
    '',
    `token = client.${method}(`,
    ...grantFields.map(([name, fieldValue]) => `  ${name}=${pythonValue(fieldValue)},`),
    '  dpop=True,',
    ')',
    'print(token.token_type, token.access_token)  # DPoP, bound to token.dpop_key',
  ].join('\n');
}

function python(request: Request): string {
  const lines = comments('#', request.comment);
  switch (request.kind) {
    case 'form':
      if (request.dpop) return pythonDpop(request);
      return [
        ...lines,
        'import requests',
        '',
        `url = ${pythonString(request.url)}`,
        '',
        `payload = ${pythonString(formBody(request.fields))}`,
        'headers = {',
        "  'Content-Type': 'application/x-www-form-urlencoded'",
        '}',
        '',
        'response = requests.request("POST", url, headers=headers, data=payload)',
        'print(response.text)',
      ].join('\n');
    case 'bearer':
      return [
        ...lines,
        'import requests',
        '',
        `url = ${pythonString(request.url)}`,
        '',
        'headers = {',
        `  'Authorization': ${pythonString(`Bearer ${inline(request.token)}`)}`,
        '}',
        '',
        'response = requests.request("GET", url, headers=headers)',
        'print(response.text)',
      ].join('\n');
    case 'authorize':
      return [
        ...lines,
        'import secrets',
        'from urllib.parse import urlencode',
        '',
        'params = {',
        ...request.fields.map(([name, value]) => `  ${pythonString(name)}: ${pythonValue(value)},`),
        '}',
        `authorize_url = ${pythonString(`${request.url}?`)} + urlencode(params)`,
        'print(authorize_url)',
      ].join('\n');
  }
}

const renderers: Record<SnippetLanguage, (request: Request) => string> = { curl, csharp, java, javascript, python };

/** One snippet: `grant` in `language`, filled from `context`, secrets as placeholders unless revealed. */
export function generateSnippet(grant: SnippetGrant, language: SnippetLanguage, context: SnippetContext, options: SnippetOptions): string {
  return renderers[language](requestFor(grant, context, options));
}
