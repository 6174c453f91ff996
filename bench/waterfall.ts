/*
 * `npx tsx bench/waterfall.ts`: one sign-in per target of `npm run bench` (same build, servers and
 * ports), printing what each requested from the click on "Sign in" to the first account row — when
 * each request started and ended, in milliseconds after the click — to see where the app's sign-in
 * spends time the floor's does not. Run it through the same queue as the bench; it shares its ports.
 */
import { chromium, type Request } from '@playwright/test';
import { rm } from 'node:fs/promises';
import { chromiumArgs, ensureChromium } from '../e2e/chromium.ts';
import { endpointOf, freshContext, timedSignIn } from './browser.ts';
import { buildApp, buildFloor, setBenchSandboxEnv } from './build.ts';
import { paths } from './config.ts';
import { assertPortsFree, startServers, type Running } from './serve.ts';
import { readyToSignIn, signInTargets } from './sign-in.ts';

const running: Running[] = [];

async function waterfall(): Promise<void> {
  const executablePath = ensureChromium();
  await assertPortsFree();
  setBenchSandboxEnv();
  await buildApp();
  running.push({ what: 'floor build', close: () => rm(paths.floorOut, { recursive: true, force: true }) });
  await buildFloor();
  await startServers((server) => running.push(server));
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  running.push({ what: 'browser', close: () => browser.close() });
  // A warm-up each (servers' first answers are slow), then the one that is printed.
  for (const round of ['warm-up', 'measured'] as const) {
    for (const target of signInTargets) {
      const context = await freshContext(browser);
      const page = await context.newPage();
      await readyToSignIn(page, target);
      const lines: { start: number; text: string }[] = [];
      const clicked = performance.now();
      const began = new Map<Request, number>();
      context.on('request', (request) => began.set(request, performance.now() - clicked));
      context.on('requestfinished', (request) => {
        const start = began.get(request) ?? 0;
        // The target's own files by name (which chunk came when), the rest as the bench counts them.
        const { pathname } = new URL(request.url());
        const what = pathname.startsWith('/assets/') ? `${request.method()} ${pathname}` : endpointOf(request);
        lines.push({ start, text: `${start.toFixed(0).padStart(6)} → ${(performance.now() - clicked).toFixed(0).padStart(6)}  ${what}` });
      });
      const elapsed = await timedSignIn(page);
      await context.close();
      if (round === 'warm-up') continue;
      console.log(`\n${target.label}: ${elapsed.toFixed(0)} ms`);
      for (const line of lines.sort((a, b) => a.start - b.start)) console.log(line.text);
    }
  }
}

waterfall()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const server of running.reverse()) await server.close().catch(() => undefined);
    process.exit();
  });
