import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startIdentity } from './server.ts';
import type { IdentityOptions } from './server.ts';

/** Test support: a started identity server, and a fetch-driven "browser" that keeps cookies. */

export const APP_ORIGIN = 'http://localhost:5173';
export const REDIRECT_URI = `${APP_ORIGIN}/callback`;
export const SPA_CLIENT_ID = 'open-banking-explorer';
export const TEST_TTL = 120;

export interface TestIdentity {
  issuer: string;
  /** The same server in the tenant path form, `${issuer}/sandbox-tenant`. */
  tenantIssuer: string;
  keysDir: string;
  close(): Promise<void>;
}

export async function startTestIdentity(options: IdentityOptions = {}): Promise<TestIdentity> {
  const keysDir = options.keysDir ?? (await mkdtemp(join(tmpdir(), 'identity-keys-')));
  const identity = await startIdentity({ port: 0, keysDir, accessTokenTtl: TEST_TTL, appOrigins: [APP_ORIGIN], ...options });
  return {
    issuer: identity.issuer,
    tenantIssuer: identity.tenantIssuer,
    keysDir,
    close: async () => {
      await identity.close();
      if (!options.keysDir) await rm(keysDir, { recursive: true, force: true });
    },
  };
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

interface Cookie {
  value: string;
  path: string;
}

/** Just enough of a browser: cookies by name and path, manual redirects, form posts. */
export class TestBrowser {
  readonly #cookies = new Map<string, Cookie>();

  constructor(readonly issuer: string) {}

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const target = new URL(url, this.issuer);
    const headers: Record<string, string> = { Accept: 'text/html' };
    const cookie = [...this.#cookies]
      .filter(([, { path }]) => target.pathname.startsWith(path))
      .map(([name, { value }]) => `${name}=${value}`)
      .join('; ');
    if (cookie) headers.Cookie = cookie;
    let body: string | undefined;
    if (init.form) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(target, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body, redirect: 'manual' });
    for (const header of response.headers.getSetCookie()) this.#store(header);
    return response;
  }

  /**
   * Follows redirects while they stay on the identity server; returns the page it lands on,
   * or the URL of a redirect that leaves it (the app's callback).
   */
  async follow(url: string, init: { form?: Record<string, string> } = {}): Promise<{ response: Response; leftTo?: URL }> {
    let response = await this.request(url, init);
    while (response.status >= 300 && response.status < 400) {
      const location = new URL(response.headers.get('location') ?? '', this.issuer);
      if (location.origin !== new URL(this.issuer).origin) return { response, leftTo: location };
      response = await this.request(location.href);
    }
    return { response };
  }

  #store(header: string): void {
    const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
    const separator = pair.indexOf('=');
    const name = pair.slice(0, separator);
    const value = pair.slice(separator + 1);
    let path = '/';
    let expired = false;
    for (const attribute of attributes) {
      const [key = '', attributeValue = ''] = attribute.split('=');
      if (key.toLowerCase() === 'path') path = attributeValue;
      if (key.toLowerCase() === 'expires' && Date.parse(attributeValue) <= Date.now()) expired = true;
      if (key.toLowerCase() === 'max-age' && Number(attributeValue) <= 0) expired = true;
    }
    if (expired) this.#cookies.delete(name);
    else this.#cookies.set(name, { value, path });
  }
}

/** The `action` of the page's (only) form. */
export function formAction(html: string): string {
  const action = /<form[^>]*\saction="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no form on the page:\n${html}`);
  return action;
}

export interface AuthorizationRequest {
  responseType?: string;
  scope?: string;
  redirectUri?: string;
  extra?: Record<string, string>;
}

/** Starts an authorization request as the SPA would; returns its PKCE verifier, state and nonce. */
export function authorizationUrl(issuer: string, request: AuthorizationRequest = {}) {
  const { verifier, challenge } = pkcePair();
  const state = randomBytes(8).toString('hex');
  const nonce = randomBytes(8).toString('hex');
  const responseType = request.responseType ?? 'code';
  const scope = request.scope ?? 'openid profile email offline_access bankservice';
  const params = new URLSearchParams({
    client_id: SPA_CLIENT_ID,
    response_type: responseType,
    scope,
    redirect_uri: request.redirectUri ?? REDIRECT_URI,
    state,
    // nonce belongs to OpenID Connect; a plain OAuth request (no openid) must not carry it.
    ...(scope.split(' ').includes('openid') ? { nonce } : {}),
    ...(responseType.includes('code') ? { code_challenge: challenge, code_challenge_method: 'S256' } : {}),
    ...request.extra,
  });
  return { url: `${issuer}/connect/authorize?${params}`, verifier, state, nonce };
}

/** Authorize, sign in as demo and answer the consent page; returns where the app is sent. */
export async function signIn(browser: TestBrowser, url: string, decision: 'allow' | 'deny' = 'allow'): Promise<URL> {
  const login = await browser.follow(url);
  const loginHtml = await login.response.text();
  const consent = await browser.follow(formAction(loginHtml), { form: { username: 'demo', password: 'demo' } });
  const consentHtml = await consent.response.text();
  const done = await browser.follow(formAction(consentHtml), { form: { decision } });
  if (!done.leftTo) throw new Error(`sign-in did not return to the app:\n${await done.response.text()}`);
  return done.leftTo;
}
