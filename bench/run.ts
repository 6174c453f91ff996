/*
 * `npm run bench`: builds the app and a floor app, serves both against a sandbox of their own
 * (identity 5031, API 5032, app preview 4183, floor preview 4184), drives Chromium, and prints a
 * report — also written to bench/results/report.json and report.md.
 *
 * How to read the report:
 * - The floor (bench/floor) is the least app doing the same job with the same libraries: code +
 *   PKCE sign-in, then a table of accounts. The app's figures are read against it.
 * - Every timing is "median (min–max)" over the runs, each in a fresh browser context (no cache,
 *   no cookies, no storage), after one warm-up. Milliseconds of wall time.
 * - 1. Bundle: what the first page loads (entry, modulepreloads, CSS) in KB of 1000 bytes, raw,
 *   gzip -9 and brotli -11, each file compressed alone. Lazy chunks and the silent-renewal page
 *   are listed apart and do not count. Target: app ≤ floor + 10 KB gzip.
 * - 2. Sign-in to data: from the click on "Sign in" — on a settled page (network idle), as a person
 *   clicks once they have read it — to the first account row, through the identity server's login
 *   (filled, not typed) and consent. Target: app ≤ 1.1 × floor (medians), per flow.
 *   The request table shows what each target asked for in one sign-in; "app only" rows are the
 *   price of the app's extra checks.
 * - 3. Shell: Chromium's own paint and long-task entries for the app's and the floor's signed-out
 *   homes, loaded in turn until the network is idle, both served with the app's security headers
 *   (the floor plain too, for reference). Targets (medians): FCP, LCP and TBT each ≤ 1.1 × the floor's.
 * - 4. Requests: counts from the browser's own request events; each has an expected value.
 * - The last line lists every target missed. The exit code is 0 when the bench ran, whatever the
 *   targets; 1 when it could not run (the message says why).
 * - Figures move with the machine's load: with the test suite running alongside, expect the
 *   maxima to spread; compare medians, and compare runs made on the same machine.
 */
import { chromium, type Browser } from '@playwright/test';
import { cpus } from 'node:os';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromiumArgs, ensureChromium } from '../e2e/chromium.ts';
import { buildApp, buildFloor, checkBuiltApp, setBenchSandboxEnv } from './build.ts';
import { bundleSizes } from './bundle.ts';
import { paths, runs } from './config.ts';
import { countRequests } from './requests.ts';
import { buildReport, renderMarkdown, renderText, type BenchData } from './report.ts';
import { startServers, assertPortsFree, type Running } from './serve.ts';
import { measureShell } from './shell.ts';
import { measureSignIn } from './sign-in.ts';

const startedAt = new Date().toISOString();
const started = performance.now();
const running: Running[] = [];
let stopping: Promise<void> | undefined;
let interrupted = false;

/** Stops whatever the bench started, newest first; safe to call more than once. */
function stopAll(): Promise<void> {
  stopping ??= (async () => {
    for (const server of running.reverse()) {
      await server.close().catch((error: unknown) => console.error(`Could not stop the ${server.what}: ${error instanceof Error ? error.message : String(error)}`));
    }
  })();
  return stopping;
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: stopping the bench's servers and browser…`);
    void stopAll().finally(() => process.exit(code));
  });
}

const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const progress = (text: string) => console.log(`  [${seconds()} s] ${text}`);

async function bench(): Promise<void> {
  const executablePath = ensureChromium();
  await assertPortsFree();

  setBenchSandboxEnv();
  progress('building the app…');
  await buildApp();
  await checkBuiltApp();
  progress('building the floor…');
  // Removed at the end (last of all): ESLint's `dist` ignore covers only the top-level dist, so a
  // built floor left here would fail `npm run lint`. Rebuild it with: npx vite build -c bench/floor/vite.config.ts
  running.push({ what: 'floor build', close: () => rm(paths.floorOut, { recursive: true, force: true }) });
  await buildFloor();
  const bundle = { app: await bundleSizes(paths.appOut), floor: await bundleSizes(paths.floorOut) };

  progress('starting identity server, API and both previews…');
  await startServers((server) => running.push(server));
  const browser: Browser = await chromium.launch({ executablePath, args: chromiumArgs, handleSIGINT: false, handleSIGTERM: false });
  running.push({ what: 'browser', close: () => browser.close() });

  progress(`sign-in: a warm-up per target, then ${runs.signIn} rounds…`);
  const signIn = await measureSignIn(browser, runs.signIn, progress);
  progress(`shell: ${runs.shell} cold loads each of the app and the floor…`);
  const shell = await measureShell(browser, runs.shell);
  progress('requests: one session per flow…');
  const requests = await countRequests(browser);

  const data: BenchData = {
    startedAt,
    durationSeconds: (performance.now() - started) / 1000,
    environment: { node: process.version, chromium: browser.version(), cpus: cpus().length, platform: `${process.platform}-${process.arch}` },
    bundle,
    signIn,
    shell,
    requests,
  };
  const report = buildReport(data);
  await mkdir(paths.results, { recursive: true });
  await writeFile(join(paths.results, 'report.json'), `${JSON.stringify(report.json, null, 2)}\n`);
  await writeFile(join(paths.results, 'report.md'), renderMarkdown(report, data));
  console.log(`\n${renderText(report, data)}`);
  console.log(`\nWritten: bench/results/report.json, bench/results/report.md`);
}

bench().then(
  async () => {
    await stopAll();
    process.exit(0);
  },
  async (error: unknown) => {
    // Stopping the browser under a running step fails that step; the signal handler has said why.
    if (interrupted) return;
    console.error(`\nThe bench could not finish: ${error instanceof Error ? error.message : String(error)}`);
    await stopAll();
    process.exit(1);
  },
);
