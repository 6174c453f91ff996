import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

// Playwright cannot download its own browser here, so the suite drives the system's Chromium.
const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/snap/bin/chromium'];

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to drive: `CHROMIUM_PATH` when set, else the first system Chromium found. */
export function findChromium(): string | null {
  const override = process.env.CHROMIUM_PATH;
  if (override) return executable(override) ? override : null;
  return candidates.find(executable) ?? null;
}

function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && executable('/usr/bin/apt-get');
}

const howToGetOne = `No Chromium was found for the end-to-end tests.
  - On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y chromium
  - Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH to its executable,
    e.g. CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test`;

/** Finds Chromium, installing Debian's package first when running as root with apt; else explains what to do. */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH is set to "${process.env.CHROMIUM_PATH}", but no executable is there.`);
  }
  if (!canInstallWithApt()) throw new Error(howToGetOne);
  console.log('Chromium not found: installing Debian’s chromium package (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (!installed) throw new Error(`apt-get installed chromium, but it was not found at ${candidates.join(', ')}.\n${howToGetOne}`);
  return installed;
}
