import { total, type BundleSizes, type FileSizes, type Sizes } from './bundle.ts';
import { targets } from './config.ts';
import type { SessionRequests } from './requests.ts';
import type { ShellSample, ShellSamples } from './shell.ts';
import { signInTargets, type SignInResults } from './sign-in.ts';
import { summarize, type Summary } from './stats.ts';

export interface BenchData {
  startedAt: string;
  durationSeconds: number;
  environment: { node: string; chromium: string; cpus: number; platform: string };
  bundle: { app: BundleSizes; floor: BundleSizes };
  signIn: SignInResults;
  shell: ShellSamples;
  requests: SessionRequests[];
}

interface Table {
  head: string[];
  /** 'r' right-aligns a column (figures); the rest are left-aligned. */
  align: ('l' | 'r')[];
  rows: string[][];
}

type Block = Table | string;

interface Section {
  title: string;
  blocks: Block[];
}

export interface TargetResult {
  name: string;
  met: boolean;
  detail: string;
}

export interface Report {
  sections: Section[];
  targets: TargetResult[];
  /** Everything measured, for report.json. */
  json: unknown;
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const ms = (value: number) => Math.round(value).toString();
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '∞ (the floor: 0)');
const okMiss = (met: boolean) => (met ? 'OK' : 'MISS');
const spread = (summary: Summary, format: (value: number) => string) => `${format(summary.median)} (${format(summary.min)}–${format(summary.max)})`;

function sizeRow(build: string, label: string, sizes: Sizes): string[] {
  return [build, label, kb(sizes.raw), kb(sizes.gzip), kb(sizes.brotli)];
}

function fileLabel(file: FileSizes): string {
  return file.file.endsWith('.css') ? `${file.file} (css)` : file.file;
}

function bundleSection(bundle: BenchData['bundle'], signInAssets: SignInResults['assets'], results: TargetResult[]): Section {
  const { app, floor } = bundle;
  const sizeHead = { align: ['l', 'l', 'r', 'r', 'r'] as ('l' | 'r')[], head: ['build', 'file', 'raw KB', 'gzip KB', 'brotli KB'] };
  const overGzip = app.firstPageTotal.gzip - floor.firstPageTotal.gzip;
  const met = overGzip <= targets.bundleOverFloorKB * 1000;
  results.push({ name: 'first page ≤ floor + 10 KB gzip', met, detail: `app − floor = ${overGzip >= 0 ? '+' : ''}${kb(overGzip)} KB gzip` });
  const blocks: Block[] = [
    'First page: the entry script, its modulepreloads and stylesheets, as each index.html lists them.',
    {
      ...sizeHead,
      rows: [
        ...app.firstPage.map((file) => sizeRow('app', fileLabel(file), file)),
        sizeRow('app', 'total', app.firstPageTotal),
        ...floor.firstPage.map((file) => sizeRow('floor', fileLabel(file), file)),
        sizeRow('floor', 'total', floor.firstPageTotal),
      ],
    },
    `app / floor: ${ratio(app.firstPageTotal.gzip / floor.firstPageTotal.gzip)} gzip, ${ratio(app.firstPageTotal.brotli / floor.firstPageTotal.brotli)} brotli. ` +
      `app − floor: ${overGzip >= 0 ? '+' : ''}${kb(overGzip)} KB gzip (target ≤ +${targets.bundleOverFloorKB} KB): ${okMiss(met)}`,
  ];
  const byName = (shares: BundleSizes['firstPageByPackage']) => new Map(shares.map((share) => [share.name, share.gzip]));
  const appShares = byName(app.firstPageByPackage);
  const floorShares = byName(floor.firstPageByPackage);
  const names = [...new Set([...appShares.keys(), ...floorShares.keys()])].sort((a, b) => (appShares.get(b) ?? 0) - (appShares.get(a) ?? 0));
  blocks.push('First page by package (production dependencies, `npm ls --omit=dev`) and app folder: gzip KB, each file split by the minified bytes its source map gives each source (an estimate):', {
    head: ['package', 'app', 'floor', 'app − floor'],
    align: ['l', 'r', 'r', 'r'],
    rows: names.map((name) => {
      const inApp = appShares.get(name) ?? 0;
      const inFloor = floorShares.get(name) ?? 0;
      return [name, inApp ? kb(inApp) : '–', inFloor ? kb(inFloor) : '–', `${inApp - inFloor >= 0 ? '+' : ''}${kb(inApp - inFloor)}`];
    }),
  });
  if (app.lazy.length > 0) {
    const fetchedIn = (file: FileSizes) =>
      [signInAssets.appCode.includes(file.file) ? 'code' : '', signInAssets.appImplicit.includes(file.file) ? 'implicit' : ''].filter(Boolean).join(', ');
    blocks.push(`Lazy chunks of the app (${app.lazy.length}), fetched only when a screen needs them ("in sign-in": fetched on the way to the accounts table):`, {
      head: [...sizeHead.head, 'in sign-in'],
      align: [...sizeHead.align, 'l'],
      rows: [...app.lazy.map((file) => [...sizeRow('app', file.file, file), fetchedIn(file)]), [...sizeRow('app', 'total', total(app.lazy)), '']],
    });
    const onTheWay = total(app.lazy.filter((file) => signInAssets.appCode.includes(file.file)));
    if (onTheWay.gzip > 0) {
      blocks.push(
        `A code + PKCE sign-in also fetches ${kb(onTheWay.gzip)} KB gzip of those lazy chunks: ${kb(app.firstPageTotal.gzip + onTheWay.gzip)} KB gzip in all before the accounts table, against the floor's ${kb(floor.firstPageTotal.gzip)} KB.`,
      );
    }
  }
  if (floor.lazy.length > 0) blocks.push(`The floor has lazy chunks too: ${floor.lazy.map((file) => file.file).join(', ')}.`);
  if (app.renewal.length > 0) {
    blocks.push('Silent-renewal iframe page (silent-callback.html), apart:', { ...sizeHead, rows: app.renewal.map((file) => sizeRow('app', file.file, file)) });
    if (app.renewalShared.length > 0) blocks.push(`It also loads, from the first page: ${app.renewalShared.join(', ')}.`);
  }
  return { title: '1. Bundle (1 KB = 1000 bytes; gzip level 9, brotli quality 11, each file on its own)', blocks };
}

function signInSection(signIn: SignInResults, results: TargetResult[]): { section: Section; summaries: Record<string, Summary> } {
  const summaries = Object.fromEntries(signInTargets.map((target) => [target.id, summarize(signIn.samples[target.id])])) as Record<string, Summary>;
  const floor = summaries.floorCode as Summary;
  const rows = signInTargets.map((target) => {
    const summary = summaries[target.id] as Summary;
    return [target.label, spread(summary, ms), String(summary.runs), target.id === 'floorCode' ? '' : ratio(summary.median / floor.median)];
  });
  const ratioLines = signInTargets
    .filter((target) => target.id !== 'floorCode')
    .map((target) => {
      const value = (summaries[target.id] as Summary).median / floor.median;
      const met = value <= targets.signInRatio;
      results.push({ name: `sign-in ${target.label} ≤ ${targets.signInRatio}× floor`, met, detail: ratio(value) });
      return `${target.label} / floor code + PKCE (medians): ${ratio(value)} (target ≤ ${targets.signInRatio}×): ${okMiss(met)}`;
    });

  const endpoints = [...new Set(signInTargets.flatMap((target) => Object.keys(signIn.requests[target.id])))].sort();
  const requestRows = endpoints.map((endpoint) => {
    const counts = signInTargets.map((target) => signIn.requests[target.id][endpoint] ?? 0);
    const [appCode = 0, appImplicit = 0, floorCode = 0, appDpop = 0] = counts;
    const note = floorCode === 0 ? 'app only' : appCode === 0 && appImplicit === 0 && appDpop === 0 ? 'floor only' : '';
    return [endpoint, ...counts.map(String), note];
  });
  return {
    summaries,
    section: {
      title: '2. Sign-in to data (click on "Sign in" → first account row; fresh context each run)',
      blocks: [
        { head: ['target', 'ms: median (min–max)', 'runs', 'vs floor'], align: ['l', 'r', 'r', 'r'], rows },
        ...ratioLines,
        'Requests in one sign-in (the warm-up run, from the click until the network was quiet):',
        { head: ['request', 'app code', 'app implicit', 'floor', 'app DPoP', 'note'], align: ['l', 'r', 'r', 'r', 'r', 'l'], rows: requestRows },
      ],
    },
  };
}

/** App over floor; two zeros (no blocking time on either) are even. */
function shellRatio(app: number, floor: number): number {
  if (floor === 0) return app === 0 ? 1 : Number.POSITIVE_INFINITY;
  return app / floor;
}

function shellSection(samples: ShellSamples, results: TargetResult[]): { section: Section; summaries: Record<string, Summary> } {
  const metrics = [
    ['first-contentful-paint, ms', 'FCP', (sample: ShellSample) => sample.fcp],
    ['largest-contentful-paint, ms', 'LCP', (sample: ShellSample) => sample.lcp],
    ['total blocking time, ms', 'TBT', (sample: ShellSample) => sample.tbt],
  ] as const;
  const summaries: Record<string, Summary> = {};
  const rows = metrics.map(([label, short, pick]) => {
    const app = summarize(samples.app.map(pick));
    const floor = summarize(samples.floor.map(pick));
    summaries[`app${short}`] = app;
    summaries[`floor${short}`] = floor;
    const value = shellRatio(app.median, floor.median);
    const met = value <= targets.shellRatio;
    results.push({ name: `shell ${short} ≤ ${targets.shellRatio}× floor`, met, detail: ratio(value) });
    return [label, spread(app, ms), spread(floor, ms), ratio(value), `≤ ${targets.shellRatio}×`, okMiss(met)];
  });
  const longTasks = (list: readonly ShellSample[]) => spread(summarize(list.map((sample) => sample.longTasks)), (value) => String(value));
  rows.push(['long tasks (> 50 ms)', longTasks(samples.app), longTasks(samples.floor), '', '', '']);
  const settledApp = summarize(samples.app.map((sample) => sample.settled));
  const settledFloor = summarize(samples.floor.map((sample) => sample.settled));
  summaries.appSettled = settledApp;
  summaries.floorSettled = settledFloor;
  rows.push(['settled (the load’s last request answered), ms', spread(settledApp, ms), spread(settledFloor, ms), ratio(settledApp.median / settledFloor.median), '', '']);
  const plain = (pick: (sample: ShellSample) => number) => spread(summarize(samples.floorPlain.map(pick)), ms);
  const elements = (list: readonly ShellSample[]) => [...new Set(list.map((sample) => sample.lcpElement ?? '(since removed from the page)'))].join(', ');
  return {
    summaries,
    section: {
      title: `3. Shell (signed-out home, cold, fresh context, app and floor in turn, each until its network is idle; ${samples.app.length} runs each)`,
      blocks: [
        { head: ['metric', 'app: median (min–max)', 'floor: median (min–max)', 'app / floor', 'target', 'result'], align: ['l', 'r', 'r', 'r', 'r', 'l'], rows },
        `Largest-contentful-paint element: app ${elements(samples.app)}; floor ${elements(samples.floor)}.`,
        `Both are served with the app's security headers, so the pages' own work is compared. For reference, the same floor served plain: FCP ${plain((sample) => sample.fcp)}, LCP ${plain((sample) => sample.lcp)} ms (Cross-Origin-Opener-Policy alone costs a browsing-context-group switch before the first paint).`,
      ],
    },
  };
}

function requestsSection(sessions: readonly SessionRequests[], results: TargetResult[]): Section {
  const [first] = sessions;
  const rows = (first?.checks ?? []).map((check, index) => [
    check.what,
    ...sessions.flatMap((session) => {
      const found = session.checks[index] as (typeof session.checks)[number];
      results.push({ name: `${session.flow}: ${found.what} = ${found.expected}`, met: found.ok, detail: `${found.count}` });
      return [`${found.count} (expect ${found.expected})`, okMiss(found.ok)];
    }),
  ]);
  return {
    title: '4. Requests (app; one session per flow: sign-in, reload, Payments, Profile, Accounts)',
    blocks: [
      {
        head: ['what', ...sessions.flatMap((session) => [session.flow, 'result'])],
        align: ['l', ...sessions.flatMap((): ('l' | 'r')[] => ['r', 'l'])],
        rows,
      },
    ],
  };
}

export function buildReport(data: BenchData): Report {
  const results: TargetResult[] = [];
  const bundle = bundleSection(data.bundle, data.signIn.assets, results);
  const signIn = signInSection(data.signIn, results);
  const shell = shellSection(data.shell, results);
  const requests = requestsSection(data.requests, results);
  return {
    sections: [bundle, signIn.section, shell.section, requests],
    targets: results,
    json: { ...data, summaries: { signIn: signIn.summaries, shell: shell.summaries }, targets: results },
  };
}

function textTable({ head, align, rows }: Table): string {
  const widths = head.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (align[column] === 'r' ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)].map((text) => `  ${text}`).join('\n');
}

function markdownTable({ head, align, rows }: Table): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const line = (cells: string[]) => `| ${cells.map(escape).join(' | ')} |`;
  return [line(head), `| ${align.map((side) => (side === 'r' ? '---:' : '---')).join(' | ')} |`, ...rows.map(line)].join('\n');
}

export function summaryLine(results: readonly TargetResult[]): string {
  const missed = results.filter((result) => !result.met);
  const met = results.length - missed.length;
  return missed.length === 0
    ? `Targets: all ${results.length} met.`
    : `Targets: ${met} of ${results.length} met; missed: ${missed.map((result) => `${result.name} (${result.detail})`).join('; ')}.`;
}

function heading(data: BenchData): string {
  const { node, chromium, cpus, platform } = data.environment;
  return `Open Banking Explorer bench — ${data.startedAt} — Node ${node}, Chromium ${chromium}, ${cpus} CPUs, ${platform} — took ${Math.round(data.durationSeconds)} s`;
}

export function renderText(report: Report, data: BenchData): string {
  const sections = report.sections.map(
    (section) => `${section.title}\n\n${section.blocks.map((block) => (typeof block === 'string' ? `  ${block}` : textTable(block))).join('\n\n')}`,
  );
  return [heading(data), ...sections, summaryLine(report.targets)].join('\n\n');
}

export function renderMarkdown(report: Report, data: BenchData): string {
  const sections = report.sections.map(
    (section) => `## ${section.title}\n\n${section.blocks.map((block) => (typeof block === 'string' ? block : markdownTable(block))).join('\n\n')}`,
  );
  return `# ${heading(data)}\n\n${sections.join('\n\n')}\n\n**${summaryLine(report.targets)}**\n`;
}
