import { fileURLToPath } from 'node:url';

/** Ports of the bench's own servers, apart from the ones `npm start` and the test suite use. */
export const ports = { identity: 5031, api: 5032, app: 4183, floor: 4184, floorPlain: 4185 } as const;

export const authority = `http://localhost:${ports.identity}`;
export const apiBaseUrl = `http://localhost:${ports.api}`;
export const appOrigin = `http://localhost:${ports.app}`;
export const floorOrigin = `http://localhost:${ports.floor}`;
/** The same floor build without the app's security headers: a reference line in the shell table. */
export const floorPlainOrigin = `http://localhost:${ports.floorPlain}`;

/** A run count from the environment (fewer while iterating), else the default. */
function runsFrom(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** How many measured runs (after one warm-up each); BENCH_SIGNIN_RUNS and BENCH_SHELL_RUNS override them. */
export const runs = { signIn: runsFrom('BENCH_SIGNIN_RUNS', 25), shell: runsFrom('BENCH_SHELL_RUNS', 10) } as const;

/**
 * What the first page (gzip -9, every file index.html loads) may not grow past, checked by the test suite
 * (e2e/size.spec.ts) on the build it serves: the target itself, the floor's first page when this was set
 * (96,376 bytes) + `targets.bundleOverFloorKB` (10 KB). `npm run bench` checks the target against a fresh build of the floor.
 */
export const firstPageCeilingBytes = 106_376;

/** The targets the report checks. */
export const targets = {
  /** The app's first page may weigh at most this much more than the floor's (gzip, 1 KB = 1000 bytes). */
  bundleOverFloorKB: 10,
  /** The app's sign-in-to-data median over the floor's, per flow. */
  signInRatio: 1.1,
  /** The app's shell FCP, LCP and TBT medians over the floor's (absolute figures do not travel between machines). */
  shellRatio: 1.1,
} as const;

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const paths = {
  repo: here('..'),
  appConfig: here('../vite.config.ts'),
  appOut: here('results/app'),
  floorRoot: here('floor'),
  floorConfig: here('floor/vite.config.ts'),
  floorOut: here('floor/dist'),
  results: here('results'),
  /** The bench's own signing keys, so it never touches sandbox/.keys. */
  keys: here('results/.keys'),
} as const;
