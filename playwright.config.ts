import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './e2e/chromium.ts';
import { shortLivedSandbox, testProvider } from './e2e/sandboxes.ts';

const ci = Boolean(process.env.CI);
const devUrl = `http://localhost:${process.env.APP_PORT ?? 5173}`;
const previewUrl = `http://localhost:${process.env.PREVIEW_PORT ?? 4173}`;
const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  forbidOnly: ci,
  retries: 0,
  workers: ci ? 2 : undefined,
  // Budgets for a busy machine (two runs on two cores): a short test in a minute, one expectation in 15 s.
  // Long walks size their own budget per step (e2e/walk.ts), so a hang still fails within one step.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [[ci ? 'line' : 'list'], ['./e2e/summary-reporter.ts']],
  // Fails the run when any request the app sent or any answer the sandbox gave broke the API contract.
  globalTeardown: './e2e/contract-teardown.ts',
  use: {
    // The suite drives the production build (with its Content-Security-Policy); one spec drives `npm start`'s dev server.
    baseURL: previewUrl,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: chromiumArgs } },
    },
  ],
  webServer: [
    {
      // The same command a person runs: identity server, API and app together, stopped when the run ends.
      command: 'node --import tsx scripts/start.ts',
      url: devUrl,
      // Every exchange with the sandbox API is checked against bankservice-v3.openapi.yaml (see contract-teardown.ts).
      env: { CONTRACT_CHECK: 'record' },
      reuseExistingServer: !ci,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      // The production build, served with the security headers a host must send (see README).
      command: 'npx vite build --logLevel warn && npx vite preview',
      url: previewUrl,
      // Built for the sandbox: it is offered, and the CSP names its origins.
      env: { VITE_SANDBOX: 'true', CSP_EXTRA_ORIGINS: [shortLivedSandbox.authority, shortLivedSandbox.apiBaseUrl, testProvider.origin].join(',') },
      reuseExistingServer: !ci,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      // A second sandbox whose access tokens live for seconds, reached through the Custom environment.
      command: 'node --import tsx sandbox/start.ts',
      url: `${shortLivedSandbox.authority}/.well-known/openid-configuration`,
      env: {
        IDENTITY_PORT: new URL(shortLivedSandbox.authority).port,
        API_PORT: new URL(shortLivedSandbox.apiBaseUrl).port,
        ACCESS_TOKEN_TTL: String(shortLivedSandbox.tokenSeconds),
        // DPoP proofs must carry the API's nonce (Bearer calls are unaffected): e2e/dpop.spec.ts answers the challenge.
        API_DPOP_NONCE: 'require',
        CONTRACT_CHECK: 'record',
      },
      reuseExistingServer: !ci,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      // An OpenID provider that answers with one deliberate defect per scenario, for the negative cases.
      command: 'node --import tsx e2e/test-provider/server.ts',
      url: `${testProvider.origin}/good/.well-known/openid-configuration`,
      env: { TEST_PROVIDER_PORT: new URL(testProvider.origin).port },
      reuseExistingServer: !ci,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
});
