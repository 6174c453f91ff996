import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import { apiBaseUrl, authority, paths } from './config.ts';

/** The app built for the sandbox, with the bench's own identity server and API; no extra CSP origins. */
export function setBenchSandboxEnv(): void {
  process.env.VITE_SANDBOX = 'true';
  process.env.VITE_SANDBOX_AUTHORITY = authority;
  process.env.VITE_SANDBOX_API_BASE_URL = apiBaseUrl;
  delete process.env.CSP_EXTRA_ORIGINS;
}

async function viteBuild(what: string, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    throw new Error(`Building ${what} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** The app, with the repo's own vite.config.ts, into bench/results/app. */
export function buildApp(): Promise<void> {
  return viteBuild('the app', () =>
    build({ configFile: paths.appConfig, root: paths.repo, logLevel: 'warn', build: { outDir: paths.appOut, emptyOutDir: true } }),
  );
}

/** The floor fixture, into bench/floor/dist. */
export function buildFloor(): Promise<void> {
  return viteBuild('the floor (bench/floor)', () => build({ configFile: paths.floorConfig, logLevel: 'warn' }));
}

/** What keeps a Content-Security-Policy from letting the app reach the bench's identity server and API. */
export function cspProblems(csp: string | null | undefined): string[] {
  if (!csp) return ['there is no Content-Security-Policy at all'];
  const directive = (name: string) =>
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .find(([key]) => key === name)
      ?.slice(1) ?? [];
  const problems: string[] = [];
  for (const origin of [authority, apiBaseUrl]) {
    if (!directive('connect-src').includes(origin)) problems.push(`connect-src does not allow ${origin}`);
  }
  if (!directive('frame-src').includes(authority)) problems.push(`frame-src does not allow ${authority}`);
  return problems;
}

/** Checks the built app: its `_headers` CSP and its bundled settings must point at the bench's sandbox. */
export async function checkBuiltApp(): Promise<void> {
  const headersFile = await readFile(join(paths.appOut, '_headers'), 'utf8');
  const problems = cspProblems(/Content-Security-Policy: (.*)/.exec(headersFile)?.[1]);
  if (problems.length > 0) throw new Error(`The built app's CSP (bench/results/app/_headers) would block the bench: ${problems.join('; ')}.`);
  const assets = join(paths.appOut, 'assets');
  const scripts = (await readdir(assets)).filter((name) => name.endsWith('.js'));
  const bundled = await Promise.all(scripts.map((name) => readFile(join(assets, name), 'utf8')));
  if (!bundled.some((code) => code.includes(authority))) {
    throw new Error(`The built app does not contain ${authority}: VITE_SANDBOX_AUTHORITY did not reach the build.`);
  }
}
