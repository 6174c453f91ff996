import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { cspProblems } from './build.ts';
import { cacheAssetsInPreview, securityHeaders } from '../security-headers.ts';
import { apiBaseUrl, appOrigin, authority, floorOrigin, floorPlainOrigin, paths, ports } from './config.ts';

export interface Running {
  what: string;
  close(): Promise<void>;
}

const portNames: Record<number, string> = {
  [ports.identity]: 'the bench identity server',
  [ports.api]: 'the bench API',
  [ports.app]: 'the app preview',
  [ports.floor]: 'the floor preview',
  [ports.floorPlain]: 'the plain floor preview',
};

function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(1000);
    const done = (inUse: boolean) => {
      socket.destroy();
      resolve(inUse);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

/** Fails, naming the port, when something already listens where the bench's servers would. */
export async function assertPortsFree(): Promise<void> {
  const busy: number[] = [];
  for (const port of Object.values(ports)) {
    if ((await answers('127.0.0.1', port)) || (await answers('::1', port))) busy.push(port);
  }
  if (busy.length > 0) {
    const list = busy.map((port) => `${port} (${portNames[port]})`).join(', ');
    throw new Error(`Port ${list} ${busy.length === 1 ? 'is' : 'are'} already in use. Stop what listens there (e.g. an earlier bench run: lsof -i :${busy[0]}) and run again.`);
  }
}

async function started<T>(what: string, port: number, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const inUse = (error as { code?: unknown }).code === 'EADDRINUSE' || /already in use/i.test(message);
    throw new Error(inUse ? `Port ${port} (${what}) is already in use.` : `Could not start ${what} on port ${port}: ${message}`, { cause: error });
  }
}

/**
 * A sandbox server as a process of its own (`node --import tsx <script>`, configured by its environment),
 * as the real ones run on hosts of their own: in the bench's process they would wait on the browser
 * driver's work. Resolves once it answers on `port`; its output is shown only if it fails.
 */
async function serverProcess(what: string, script: string, port: number, env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(script, import.meta.url))], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit');
  const deadline = Date.now() + 60_000;
  while (!(await answers('127.0.0.1', port)) && !(await answers('::1', port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`Could not start ${what} on port ${port}:\n${output.trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    what,
    async close() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

/**
 * Identity server and API, each in a process of its own, then the previews: the app with its security headers and the
 * caching of its hashed files (from the repo's vite.config.ts); the floor with the same, so the two are compared like for like
 * (Cross-Origin-Opener-Policy alone puts a new browsing context group, some 30–40 ms, before the first
 * paint); and the floor plain, for reference. Each is handed to `keep` as soon as it runs, so a failure
 * later still stops the ones already started.
 */
export async function startServers(keep: (running: Running) => void): Promise<void> {
  const appOrigins = [appOrigin, floorOrigin, floorPlainOrigin].join(',');
  keep(
    await serverProcess(portNames[ports.identity] as string, '../sandbox/identity/server.ts', ports.identity, {
      IDENTITY_PORT: String(ports.identity),
      APP_ORIGINS: appOrigins,
      IDENTITY_KEYS_DIR: paths.keys,
    }),
  );
  keep(
    await serverProcess(portNames[ports.api] as string, '../sandbox/api/server.ts', ports.api, {
      API_PORT: String(ports.api),
      APP_ORIGINS: appOrigins,
      IDENTITY_ISSUER: authority,
    }),
  );

  const app = await started(portNames[ports.app] as string, ports.app, () =>
    preview({
      configFile: paths.appConfig,
      root: paths.repo,
      logLevel: 'warn',
      build: { outDir: paths.appOut },
      preview: { host: 'localhost', port: ports.app, strictPort: true, open: false },
    }),
  );
  keep({ what: 'app preview', close: () => app.close() });
  const appHeaders = securityHeaders({ sandbox: { authority, api: apiBaseUrl }, extraOrigins: [], trustedTypes: true });
  const floor = await started(portNames[ports.floor] as string, ports.floor, () =>
    preview({
      configFile: paths.floorConfig,
      logLevel: 'warn',
      plugins: [cacheAssetsInPreview()],
      preview: { host: 'localhost', port: ports.floor, strictPort: true, open: false, headers: appHeaders },
    }),
  );
  keep({ what: 'floor preview', close: () => floor.close() });
  const floorPlain = await started(portNames[ports.floorPlain] as string, ports.floorPlain, () =>
    preview({ configFile: paths.floorConfig, logLevel: 'warn', preview: { host: 'localhost', port: ports.floorPlain, strictPort: true, open: false } }),
  );
  keep({ what: 'plain floor preview', close: () => floorPlain.close() });

  const served = await fetch(`${appOrigin}/`);
  const problems = cspProblems(served.headers.get('content-security-policy'));
  if (problems.length > 0) throw new Error(`The app preview's CSP header would block the bench: ${problems.join('; ')}.`);
}
