import * as z from 'zod/mini';
import { storageKeyFamily, take, write } from '../storage/storage';

/** A request built and run from the explorer, remembered until its answer comes back to /callback. */
const runSchema = z.object({
  responseType: z.string(),
  clientId: z.string(),
  redirectUri: z.string(),
  codeVerifier: z.optional(z.string()),
  tokenEndpoint: z.optional(z.string()),
});
export type ExplorerRun = z.infer<typeof runSchema>;

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
