import type { Browser } from '@playwright/test';
import { freshContext, openSignedOut } from './browser.ts';
import { appOrigin, floorOrigin, floorPlainOrigin } from './config.ts';

export interface ShellSample {
  fcp: number;
  lcp: number;
  /** Sum over long tasks of the time beyond 50 ms. */
  tbt: number;
  longTasks: number;
  /** The element Chromium took as largest, e.g. `H1`. */
  lcpElement: string | null;
  /** When the load's last request was answered (what the page fetches after its paint included), ms. */
  settled: number;
}

interface ShellProbe {
  entries: PerformanceEntry[];
  observers: PerformanceObserver[];
  /** Woken when an observer reports something. */
  waiters: (() => void)[];
}

declare global {
  interface Window {
    __benchShell?: ShellProbe;
  }
}

// installProbe and readProbe run in the page, so neither may hold a named inner function: tsx
// would wrap it in a `__name` helper that exists only in Node.

/** Runs in the page before any of its scripts: observes paints and long tasks from the start. */
function installProbe(): void {
  const probe: ShellProbe = { entries: [], observers: [], waiters: [] };
  window.__benchShell = probe;
  for (const type of ['paint', 'largest-contentful-paint', 'longtask']) {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) continue;
    const observer = new PerformanceObserver((list) => {
      probe.entries.push(...list.getEntries());
      for (const wake of probe.waiters.splice(0)) wake();
    });
    observer.observe({ type, buffered: true });
    probe.observers.push(observer);
  }
}

/**
 * Runs in the page once it is ready: two frames so the last paint is reported; if Chromium has not
 * reported both paints yet, waits for its next report (up to 5 s). Then the figures.
 */
async function readProbe(): Promise<ShellSample> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const probe = window.__benchShell;
  if (!probe) throw new Error('The performance probe did not run in the page.');
  const deadline = performance.now() + 5000;
  for (;;) {
    for (const observer of probe.observers) probe.entries.push(...observer.takeRecords());
    const reported = probe.entries.some((entry) => entry.name === 'first-contentful-paint') && probe.entries.some((entry) => entry.entryType === 'largest-contentful-paint');
    if (reported || performance.now() > deadline) break;
    await new Promise<void>((resolve) => {
      probe.waiters.push(resolve);
      setTimeout(resolve, 100);
    });
  }
  const fcp = probe.entries.find((entry) => entry.entryType === 'paint' && entry.name === 'first-contentful-paint');
  const lcps = probe.entries.filter((entry): entry is LargestContentfulPaint => entry.entryType === 'largest-contentful-paint');
  const lcp = lcps.reduce<LargestContentfulPaint | undefined>((last, entry) => (!last || entry.startTime >= last.startTime ? entry : last), undefined);
  const longTasks = probe.entries.filter((entry) => entry.entryType === 'longtask');
  if (!fcp || !lcp) throw new Error(`Chromium reported no ${fcp ? '' : 'first-contentful-paint '}${lcp ? '' : 'largest-contentful-paint'} within 5 s.`);
  const answered = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((entry) => (entry as PerformanceResourceTiming).responseEnd);
  return {
    settled: Math.max(...answered),
    fcp: fcp.startTime,
    lcp: lcp.startTime,
    tbt: longTasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    longTasks: longTasks.length,
    lcpElement: lcp.element?.tagName ?? null,
  };
}

/** The app's and the floor's signed-out homes, each served the same way (a production build in `vite preview`, the app's security headers); the floor also plain. */
export interface ShellSamples {
  app: ShellSample[];
  floor: ShellSample[];
  floorPlain: ShellSample[];
}

async function loadShell(browser: Browser, origin: string): Promise<ShellSample> {
  const context = await freshContext(browser);
  try {
    await context.addInitScript(installProbe);
    const page = await context.newPage();
    await openSignedOut(page, origin);
    // Blocking time counts until the page has settled: what it fetches and runs after its paint counts too.
    await page.waitForLoadState('networkidle');
    return await page.evaluate(readProbe);
  } finally {
    await context.close();
  }
}

/** The signed-out homes loaded cold `runs` times each (after one warm-up), in turn, so a busy moment weighs on all alike. */
export async function measureShell(browser: Browser, runs: number): Promise<ShellSamples> {
  const samples: ShellSamples = { app: [], floor: [], floorPlain: [] };
  for (let run = 0; run <= runs; run += 1) {
    const app = await loadShell(browser, appOrigin);
    const floor = await loadShell(browser, floorOrigin);
    const floorPlain = await loadShell(browser, floorPlainOrigin);
    if (run > 0) {
      samples.app.push(app);
      samples.floor.push(floor);
      samples.floorPlain.push(floorPlain);
    }
  }
  return samples;
}
