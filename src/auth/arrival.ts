import { takeCallbackUrl } from './callback-url';
import { takeExplorerRun, type ExplorerRunResult } from './explorer-run';
import { recordCallback } from './redirects';
import { preloadIdTokenChecks } from './verify-id-token';
import { installWireLog } from './wire-log';

/** What this page load brings: an authorization response for a sign-in, one for an explorer run, or neither. */
export interface Arrival {
  callbackUrl: string | null;
  explorerRun: ExplorerRunResult | null;
}

/**
 * First thing at start-up: takes the authorization response out of the address bar, starts the wire log,
 * and tells a sign-in's answer from an explorer run's (both come back to the same /callback).
 */
export function takeArrival(): Arrival {
  const url = takeCallbackUrl();
  installWireLog();
  const explorerRun = url ? takeExplorerRun(url) : null;
  if (explorerRun && url) recordCallback(url);
  // A sign-in's answer: the ID-token checks' code starts loading now, not once the app has rendered.
  else if (url) preloadIdTokenChecks();
  return { callbackUrl: explorerRun ? null : url, explorerRun };
}
