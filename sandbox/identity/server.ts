import { createServer } from 'node:http';
import type { RequestListener } from 'node:http';
import { fileURLToPath } from 'node:url';
import { closeServer, listen } from '../http-server.ts';
import { closeOnSignal, isMainModule } from '../process.ts';
import { handleInteraction, matchInteraction } from './interactions.ts';
import { loadOrCreateKeys } from './keys.ts';
import type { DpopNoncePolicy } from './configuration.ts';
import { createProvider } from './provider.ts';
import type Provider from 'oidc-provider';

export interface IdentityOptions {
  /** Default: env IDENTITY_PORT or 5001; 0 picks a free port. */
  port?: number;
  /** Default 'localhost': the sandbox is never reachable from other machines. */
  host?: string;
  /** Default `http://localhost:${port}`, with the real port when it was 0. */
  issuer?: string;
  /** Access token lifetime in seconds. Default: env ACCESS_TOKEN_TTL or 3600. */
  accessTokenTtl?: number;
  /** Origins of the app, for redirect URIs and CORS. Default: env APP_ORIGINS (comma separated) or the Vite dev and preview origins. */
  appOrigins?: string[];
  /** Where the signing and cookie keys live. Default: env IDENTITY_KEYS_DIR or sandbox/.keys (git-ignored). */
  keysDir?: string;
  /** 'require' makes every DPoP proof at the token endpoint carry a server nonce. Default: env IDENTITY_DPOP_NONCE or 'optional'. */
  dpopNonce?: DpopNoncePolicy;
}

const DEFAULT_PORT = 5001;
/** Aritma ID's tenant path form, `{authority}/{tenant}/connect/…`: one tenant, served beside the default issuer. */
export const SANDBOX_TENANT = 'sandbox-tenant';
const DEFAULT_ACCESS_TOKEN_TTL = 3600;
const DEFAULT_APP_ORIGINS = ['http://localhost:5173', 'http://localhost:4173'];
const DEFAULT_KEYS_DIR = fileURLToPath(new URL('../.keys', import.meta.url));

class IdentityOptionError extends Error {
  readonly code = 'invalid_identity_option';
}

function integer(name: string, value: number | string, min: number, max: number): number {
  const number = typeof value === 'number' ? value : Number(value.trim());
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new IdentityOptionError(`${name} must be a whole number from ${min} to ${max}, not "${value}".`);
  }
  return number;
}

function origins(name: string, values: readonly string[]): string[] {
  return values.map((value) => {
    if (!URL.canParse(value) || new URL(value).origin !== value) {
      throw new IdentityOptionError(`${name} must list origins like http://localhost:5173, not "${value}".`);
    }
    return value;
  });
}

/** An environment variable, with an empty value counting as unset. */
const env = (name: string): string | undefined => process.env[name]?.trim() || undefined;

function noncePolicy(name: string, value: string): DpopNoncePolicy {
  if (value !== 'optional' && value !== 'require') throw new IdentityOptionError(`${name} must be optional or require, not "${value}".`);
  return value;
}

function resolveOptions(options: IdentityOptions) {
  const appOrigins = options.appOrigins ?? env('APP_ORIGINS')?.split(',').map((origin) => origin.trim()).filter(Boolean);
  return {
    port: integer('port (IDENTITY_PORT)', options.port ?? env('IDENTITY_PORT') ?? DEFAULT_PORT, 0, 65535),
    host: options.host ?? 'localhost',
    issuer: options.issuer,
    accessTokenTtl: integer('accessTokenTtl (ACCESS_TOKEN_TTL)', options.accessTokenTtl ?? env('ACCESS_TOKEN_TTL') ?? DEFAULT_ACCESS_TOKEN_TTL, 1, 7 * 24 * 3600),
    appOrigins: origins('appOrigins (APP_ORIGINS)', appOrigins?.length ? appOrigins : DEFAULT_APP_ORIGINS),
    keysDir: options.keysDir ?? env('IDENTITY_KEYS_DIR') ?? DEFAULT_KEYS_DIR,
    dpopNonce: noncePolicy('dpopNonce (IDENTITY_DPOP_NONCE)', options.dpopNonce ?? env('IDENTITY_DPOP_NONCE') ?? 'optional'),
  };
}

/** Starts the sandbox identity server: an OpenID provider that behaves like id.aritma.io. */
export async function startIdentity(options: IdentityOptions = {}): Promise<{ issuer: string; tenantIssuer: string; close(): Promise<void> }> {
  const { port, host, issuer: configuredIssuer, accessTokenTtl, appOrigins, keysDir, dpopNonce } = resolveOptions(options);
  const keys = await loadOrCreateKeys(keysDir);

  // The issuer needs the real port, known only once listening; a request before the provider exists gets 503.
  let handle: RequestListener | undefined;
  const server = createServer((req, res) => {
    if (handle) return handle(req, res);
    res.writeHead(503, { 'Retry-After': '1' }).end();
  });
  const actualPort = await listen(server, port, host);
  const issuer = configuredIssuer ?? `http://localhost:${actualPort}`;
  const tenantIssuer = `${issuer}/${SANDBOX_TENANT}`;
  const tenantPrefix = `${new URL(tenantIssuer).pathname}`;

  try {
    const serve = (provider: Provider): RequestListener => {
      const callback = provider.callback();
      return (req, res) => {
        const route = matchInteraction((req.url ?? '/').split('?')[0] ?? '/');
        if (route) void handleInteraction(provider, route, req, res);
        else void callback(req, res);
      };
    };
    const main = serve(await createProvider(issuer, { accessTokenTtl, appOrigins, keys, dpopNonce }));
    // Same keys as the default issuer, as one IdentityServer's tenants sign with one key set; tokens carry tid.
    const tenant = serve(await createProvider(tenantIssuer, { accessTokenTtl, appOrigins, keys, dpopNonce, tenantId: SANDBOX_TENANT }));
    handle = (req, res) => {
      const url = req.url ?? '/';
      if (url === tenantPrefix || url.startsWith(`${tenantPrefix}/`) || url.startsWith(`${tenantPrefix}?`)) {
        // Mounted as Express would: oidc-provider reads its mount path from originalUrl versus url.
        Object.assign(req, { originalUrl: url, url: url.slice(tenantPrefix.length) || '/' });
        tenant(req, res);
      } else main(req, res);
    };
  } catch (error) {
    await closeServer(server);
    throw error;
  }

  return { issuer, tenantIssuer, close: () => closeServer(server) };
}

if (isMainModule(import.meta.url)) {
  const identity = await startIdentity();
  console.log(`Sandbox identity server: ${identity.issuer} (demo login: demo / demo)`);
  closeOnSignal(identity);
}
