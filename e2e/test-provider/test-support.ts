import { createHash, randomBytes } from 'node:crypto';
import { createLocalJWKSet } from 'jose';
import type { JSONWebKeySet, JWTVerifyGetKey } from 'jose';
import { startTestProvider } from './server.ts';
import type { TestProvider } from './server.ts';
import type { StatsJson } from './stats.ts';

/** A client as the tests play it: the app on its dev origin, signing in from Node with fetch. */

export const APP_ORIGIN = 'http://localhost:5173';
export const REDIRECT_URI = `${APP_ORIGIN}/callback`;
export const CLIENT_ID = 'open-banking-explorer';
export const SCOPE = 'openid bankservice profile';

export function startProviderForTests(): Promise<TestProvider> {
  return startTestProvider({ port: 0, appOrigins: [APP_ORIGIN] });
}

export function randomValue(): string {
  return randomBytes(32).toString('base64url');
}

export interface AuthorizationRequest {
  params: Record<string, string>;
  state: string;
  nonce: string;
  /** The PKCE verifier; only the code flow sends its challenge. */
  verifier: string;
}

/** An authorization request as the app sends it, with `overrides` replacing (or, set to '', dropping) parameters. */
export function authorizationRequest(responseType: 'code' | 'id_token token' | 'token', overrides: Record<string, string> = {}): AuthorizationRequest {
  const state = randomValue();
  const nonce = randomValue();
  const verifier = randomValue();
  const pkce = responseType === 'code' ? { code_challenge: createHash('sha256').update(verifier).digest('base64url'), code_challenge_method: 'S256' } : {};
  const merged = { client_id: CLIENT_ID, redirect_uri: REDIRECT_URI, response_type: responseType, scope: SCOPE, state, nonce, ...pkce, ...overrides };
  const params = Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== ''));
  return { params, state, nonce, verifier };
}

/** GET on the authorization endpoint without following the redirect, as a browser's first hop. */
export function authorize(issuer: string, params: Record<string, string>): Promise<Response> {
  return fetch(`${issuer}/authorize?${new URLSearchParams(params)}`, { redirect: 'manual' });
}

export interface Callback {
  /** The whole redirect target. */
  url: URL;
  /** The authorization response, from the fragment when there is one, else from the query. */
  params: URLSearchParams;
}

/** Runs an authorization request and reads the callback it redirects to; fails on anything but a 302. */
export async function callbackFor(issuer: string, request: AuthorizationRequest): Promise<Callback> {
  const response = await authorize(issuer, request.params);
  if (response.status !== 302) throw new Error(`authorize answered ${response.status}: ${await response.text()}`);
  const url = new URL(response.headers.get('location') ?? '');
  return { url, params: new URLSearchParams(url.hash === '' ? url.search : url.hash.slice(1)) };
}

/** POSTs a form to the token endpoint the way the SPA does: public client, app Origin. */
export async function tokenRequest(issuer: string, form: Record<string, string>): Promise<{ response: Response; body: Record<string, unknown> }> {
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: APP_ORIGIN },
    body: new URLSearchParams({ client_id: CLIENT_ID, ...form }),
  });
  const body = response.headers.get('content-type')?.startsWith('application/json') ? ((await response.json()) as Record<string, unknown>) : {};
  return { response, body };
}

export interface CodeSignIn {
  request: AuthorizationRequest;
  code: string;
  response: Response;
  body: Record<string, unknown>;
}

/** The whole code + PKCE sign-in: authorize, then exchange the code with the right verifier. */
export async function signInWithCode(issuer: string): Promise<CodeSignIn> {
  const request = authorizationRequest('code');
  const { params } = await callbackFor(issuer, request);
  const code = params.get('code') ?? '';
  const { response, body } = await tokenRequest(issuer, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: request.verifier });
  return { request, code, response, body };
}

/** An implicit `id_token token` sign-in: the fragment's values, tokens included. */
export async function signInImplicitly(issuer: string): Promise<{ request: AuthorizationRequest; params: URLSearchParams }> {
  const request = authorizationRequest('id_token token');
  const { params } = await callbackFor(issuer, request);
  return { request, params };
}

export async function fetchJwks(issuer: string): Promise<JSONWebKeySet> {
  return (await (await fetch(`${issuer}/jwks`)).json()) as JSONWebKeySet;
}

export async function keySetOf(issuer: string): Promise<JWTVerifyGetKey> {
  return createLocalJWKSet(await fetchJwks(issuer));
}

export async function statsOf(url: string, scenario: string): Promise<StatsJson> {
  return (await (await fetch(`${url}/__stats/${scenario}`)).json()) as StatsJson;
}

export async function reset(url: string, scenario: string): Promise<void> {
  await fetch(`${url}/__reset/${scenario}`, { method: 'POST' });
}

/** A string member of a JSON body, or a failure naming what was missing. */
export function stringField(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string') throw new Error(`${name} is not a string in ${JSON.stringify(body)}`);
  return value;
}
