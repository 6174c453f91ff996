import type { Browser, Page } from '@playwright/test';
import { endpointOf, freshContext, networkQuiet, openSignedOut, timedSignIn } from './browser.ts';
import { appOrigin, floorOrigin } from './config.ts';

export type SignInTargetId = 'appCode' | 'appImplicit' | 'floorCode' | 'appDpop';

export interface SignInTarget {
  id: SignInTargetId;
  label: string;
  origin: string;
  flow: 'code' | 'implicit';
  /** Ticks "Sender-constrained tokens (DPoP)": proofs on the token request, userinfo and every API call. */
  dpop?: boolean;
}

export const signInTargets: readonly SignInTarget[] = [
  { id: 'appCode', label: 'app, code + PKCE', origin: appOrigin, flow: 'code' },
  { id: 'appImplicit', label: 'app, implicit', origin: appOrigin, flow: 'implicit' },
  { id: 'floorCode', label: 'floor, code + PKCE', origin: floorOrigin, flow: 'code' },
  { id: 'appDpop', label: 'app, code + PKCE with DPoP', origin: appOrigin, flow: 'code', dpop: true },
];

export interface SignInResults {
  /** Milliseconds per measured run. */
  samples: Record<SignInTargetId, number[]>;
  /** What the warm-up sign-in requested, from the click until the network was quiet: endpoint → count. */
  requests: Record<SignInTargetId, Record<string, number>>;
  /** The target's own files it fetched in that sign-in, e.g. `assets/routes-abc123.js`. */
  assets: Record<SignInTargetId, string[]>;
}

interface Recording {
  endpoints: Record<string, number>;
  assets: string[];
}

/**
 * The target's signed-out page, its flow chosen, settled: the click comes on a page whose network is idle,
 * as a person's does (they read it first), so what a page fetches after its paint is here for every
 * target alike. That work is measured by the shell section (blocking time, settled).
 */
export async function readyToSignIn(page: Page, target: SignInTarget): Promise<void> {
  await openSignedOut(page, target.origin);
  if (target.flow === 'implicit') await page.getByRole('radio', { name: 'Implicit', exact: true }).check();
  if (target.dpop) await page.getByRole('checkbox', { name: 'Sender-constrained tokens (DPoP)' }).check();
  await page.waitForLoadState('networkidle');
}

/** One sign-in in a fresh context; with `record`, also what it requested (then waits for a quiet network). */
async function signInOnce(browser: Browser, target: SignInTarget, record?: Recording): Promise<number> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await readyToSignIn(page, target);
    if (record) {
      context.on('request', (request) => {
        const endpoint = endpointOf(request);
        record.endpoints[endpoint] = (record.endpoints[endpoint] ?? 0) + 1;
        const url = new URL(request.url());
        if (url.origin === target.origin && url.pathname.startsWith('/assets/')) record.assets.push(url.pathname.slice(1));
      });
    }
    const elapsed = await timedSignIn(page);
    if (record) await networkQuiet(context);
    return elapsed;
  } catch (error) {
    throw new Error(`Sign-in (${target.label}) did not reach the accounts table: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    await context.close();
  }
}

/** The targets in round `run`'s order (1-based): the list turned by one place per round. */
export function roundOrder(run: number): SignInTarget[] {
  const shift = (run - 1) % signInTargets.length;
  return [...signInTargets.slice(shift), ...signInTargets.slice(0, shift)];
}

/**
 * A warm-up per target, then `runs` rounds taking the targets in turn, so drift on a busy machine hits all alike.
 * Each round starts one target further on, so every target comes first, second, … equally often (with 25 rounds
 * and four targets, within one) and none always follows the same one: whatever a sign-in leaves the browser
 * doing (its closed context's clean-up, a collection) falls on each target alike, not always on the next in the list.
 */
export async function measureSignIn(browser: Browser, runs: number, progress: (text: string) => void): Promise<SignInResults> {
  const recordings: Record<SignInTargetId, Recording> = {
    appCode: { endpoints: {}, assets: [] },
    appImplicit: { endpoints: {}, assets: [] },
    floorCode: { endpoints: {}, assets: [] },
    appDpop: { endpoints: {}, assets: [] },
  };
  for (const target of signInTargets) await signInOnce(browser, target, recordings[target.id]);
  const samples: SignInResults['samples'] = { appCode: [], appImplicit: [], floorCode: [], appDpop: [] };
  for (let run = 1; run <= runs; run += 1) {
    for (const target of roundOrder(run)) samples[target.id].push(await signInOnce(browser, target));
    progress(`sign-in round ${run}/${runs}`);
  }
  const each = <T>(pick: (recording: Recording) => T) =>
    ({ appCode: pick(recordings.appCode), appImplicit: pick(recordings.appImplicit), floorCode: pick(recordings.floorCode), appDpop: pick(recordings.appDpop) }) as Record<SignInTargetId, T>;
  return { samples, requests: each((recording) => recording.endpoints), assets: each((recording) => [...new Set(recording.assets)]) };
}
