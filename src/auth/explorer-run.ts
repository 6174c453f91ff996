import * as v from 'valibot';
import { storageKeyFamily, take, write } from '../storage/storage';

/** A request built and run from the explorer, remembered until its answer comes back to /callback. */
const runSchema = v.object({
  responseType: v.string(),
  clientId: v.string(),
  redirectUri: v.string(),
  codeVerifier: v.optional(v.string()),
  tokenEndpoint: v.optional(v.string()),
  /** The code is to be exchanged with a DPoP proof, made with the run's own key (explorerRunKey). */
  dpop: v.optional(v.boolean()),
});
export type ExplorerRun = v.InferOutput<typeof runSchema>;

export interface ExplorerRunResult {
  run: ExplorerRun;
  /** Everything the authorization response carried, query and fragment. */
  params: Record<string, string>;
}

const runKey = storageKeyFamily('explorer-run.', runSchema);

export function rememberRun(state: string, run: ExplorerRun): void {
  write(runKey(state), run);
}

/** The explorer run a callback URL answers, taken out of storage (one-time), or null when it answers a sign-in. */
export function takeExplorerRun(callbackUrl: string): ExplorerRunResult | null {
  const url = new URL(callbackUrl);
  const params = { ...Object.fromEntries(url.searchParams), ...Object.fromEntries(new URLSearchParams(url.hash.slice(1))) };
  if (!params.state) return null;
  const run = take(runKey(params.state));
  return run ? { run, params } : null;
}

export interface FormAnswer {
  status: number;
  /** JSON when the answer is JSON, else its text. */
  body: unknown;
  /** Whether the server asked for a DPoP nonce and the request was sent once more with it. */
  nonceRetried: boolean;
}

const nonceDemanded = (status: number, body: unknown) =>
  status === 400 && typeof body === 'object' && body !== null && (body as Record<string, unknown>).error === 'use_dpop_nonce';

/**
 * The explorer's own form POST to the identity server (a push, a code exchange), recorded by the wire
 * log like every fetch. With `proof`, a DPoP header; a `use_dpop_nonce` answer is met with exactly one
 * more request whose proof carries the server's nonce (RFC 9449 §8).
 */
export async function postForm(url: string, form: URLSearchParams, proof?: (nonce?: string) => Promise<string>): Promise<FormAnswer> {
  const send = async (nonce?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', ...(proof ? { DPoP: await proof(nonce) } : {}) },
      body: new URLSearchParams(form),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      // not JSON: kept as text
    }
    return { status: response.status, body, nonce: response.headers.get('DPoP-Nonce') };
  };
  const first = await send();
  if (!proof || !first.nonce || !nonceDemanded(first.status, first.body)) return { status: first.status, body: first.body, nonceRetried: false };
  const second = await send(first.nonce);
  return { status: second.status, body: second.body, nonceRetried: true };
}
