import { performance } from 'node:perf_hooks';
import { createServer } from 'vite';
import { COMPANIES, DEMO_SUB } from '../sandbox/api/demo-data.ts';
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
// v3 lists no companies for a user, so the app asks for a company id: these are the demo user's.
const companies = COMPANIES.filter((company) => company.visibleTo.includes(DEMO_SUB))
  .map((company, index) => `${index === 0 ? '  Demo company ids          ' : ' '.repeat(28)}${company.CompanyId}  ${company.name}`)
  .join('\n');
console.log(`
  Open Banking Explorer is ready in ${Math.round(performance.now() - started)} ms

  App                       ${appUrl}
  Sandbox identity server   ${sandbox.issuer}
  Sandbox Open Banking API  ${sandbox.apiUrl}/api/v3

  Demo login                username demo, password demo
${companies}
  Second login (approves)   username approver, password approver

  Press Ctrl-C to stop all three.
`);
