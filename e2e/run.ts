import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { ensureChromium } from './chromium.ts';

// Makes sure a browser is there, then hands over to Playwright with any arguments given.
let chromium: string;
const started = performance.now();
try {
  chromium = ensureChromium();
  console.log(`phase chromium: ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
const child = spawn(process.execPath, [cli, 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
