import { createServer } from 'node:http';
import { closeServer, listen } from '../../sandbox/http-server.ts';
import { closeOnSignal, isMainModule } from '../../sandbox/process.ts';
import { createProviderKeys } from './keys.ts';
import { createRouter } from './router.ts';
import { scenarios } from './scenarios.ts';

export interface TestProviderOptions {
  /** Default: env TEST_PROVIDER_PORT or 5021; 0 picks a free port. */
  port?: number;
  /** Origins the app runs on: its redirect URIs, sign-out targets and CORS. Default: the dev and preview origins. */
  appOrigins?: string[];
}

export interface TestProvider {
  /** `http://localhost:<port>`; each scenario's issuer is `${url}/<scenario>`. */
  url: string;
  close(): Promise<void>;
}

const DEFAULT_PORT = 5021;
const DEFAULT_APP_ORIGINS = ['http://localhost:5173', 'http://localhost:4173'];

function envPort(): number {
  const raw = process.env.TEST_PROVIDER_PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`TEST_PROVIDER_PORT must be a port number, not ${raw}`);
  return port;
}

/**
 * Starts the OpenID provider for end-to-end tests: one issuer per scenario, each correct or wrong in
 * exactly one way. Keys live in memory only; the server listens on localhost only.
 */
export async function startTestProvider(options: TestProviderOptions = {}): Promise<TestProvider> {
  const keys = await createProviderKeys();
  let origin = '';
  const route = createRouter({ keys, appOrigins: options.appOrigins ?? DEFAULT_APP_ORIGINS, origin: () => origin });
  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      console.error('test provider:', error);
      if (res.headersSent) res.destroy();
      else {
        res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: 'server_error', error_description: 'The test provider failed; see its log.' }));
      }
    });
  });

  origin = `http://localhost:${await listen(server, options.port ?? envPort(), 'localhost')}`;
  return { url: origin, close: () => closeServer(server) };
}

if (isMainModule(import.meta.url)) {
  const provider = await startTestProvider();
  console.log(`Test OpenID provider on ${provider.url}/<scenario> (${scenarios.length} scenarios)`);
  closeOnSignal(provider);
}
