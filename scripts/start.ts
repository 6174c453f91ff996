import { performance } from 'node:perf_hooks';
import { createServer } from 'vite';
import { closeOnSignal } from '../sandbox/process.ts';
import { startSandbox } from '../sandbox/start.ts';

// Identity server, Open Banking API and the app's dev server in one process: Ctrl-C stops all three.
const started = performance.now();
const sandbox = await startSandbox();
const vite = await createServer({ clearScreen: false });
try {
  await vite.listen();
} catch (error) {
  await sandbox.close();
  throw error;
}
closeOnSignal({
  close: async () => {
    await Promise.allSettled([vite.close(), sandbox.close()]);
  },
});

const appUrl = vite.resolvedUrls?.local[0] ?? `http://localhost:${vite.config.server.port}/`;
console.log(`
  Open Banking Explorer is ready in ${Math.round(performance.now() - started)} ms

  App                       ${appUrl}
  Sandbox identity server   ${sandbox.issuer}
  Sandbox Open Banking API  ${sandbox.apiUrl}/api/v3

  Demo login                username demo, password demo

  Press Ctrl-C to stop all three.
`);
