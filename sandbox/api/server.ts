import { createServer } from 'node:http';
import { closeServer, listen } from '../http-server.ts';
import { closeOnSignal, isMainModule } from '../process.ts';
import { createRemoteJWKSet } from 'jose';
import type { JWTVerifyGetKey } from 'jose';
import { DpopNonces, JtiReplayCache } from '../dpop.ts';
import { contractRecorderFromEnv } from '../contract/recorder.ts';
import type { ContractRecorder } from '../contract/recorder.ts';
import { Bank } from './bank.ts';
import { createCorsPolicy } from './cors.ts';
import { createRequestHandler } from './handler.ts';
import { createRoutes } from './routes.ts';

export interface ApiOptions {
  /** Default: env API_PORT or 5002; 0 picks a free port. */
  port?: number;
  /** Default: 'localhost'; the sandbox never listens beyond this machine. */
  host?: string;
  /** Expected `iss` of access tokens. Default: env IDENTITY_ISSUER or 'http://localhost:5001'. */
  issuer?: string;
  /** Further accepted issuers signing with the same keys, e.g. the identity server's tenant path. */
  otherIssuers?: string[];
  /** The issuer's signing keys. Default: fetched from `${issuer}/.well-known/openid-configuration/jwks`. */
  jwks?: JWTVerifyGetKey;
  /** Origins allowed by CORS. Default: env APP_ORIGINS (comma separated) or the app's dev and preview origins. */
  appOrigins?: string[];
  /** The clock for token expiry and demo data. Default: () => new Date(). */
  now?: () => Date;
  /** 'require' demands a server nonce in every DPoP proof (RFC 9449 §9). Default: env API_DPOP_NONCE or 'optional'. */
  dpopNonce?: 'optional' | 'require';
  /** Checks every exchange against bankservice-v3.openapi.yaml. Default: one when env CONTRACT_CHECK=record, else none. */
  contractCheck?: ContractRecorder;
}

const DEFAULT_PORT = 5002;

function envPort(): number {
  const raw = process.env.API_PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`API_PORT must be a port number, not ${raw}`);
  return port;
}

function envOrigins(): string[] {
  const raw = process.env.APP_ORIGINS;
  if (raw === undefined || raw.trim() === '') return ['http://localhost:5173', 'http://localhost:4173'];
  return raw
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
}

function envNoncePolicy(): 'optional' | 'require' {
  const raw = process.env.API_DPOP_NONCE?.trim() || 'optional';
  if (raw !== 'optional' && raw !== 'require') throw new Error(`API_DPOP_NONCE must be optional or require, not ${raw}`);
  return raw;
}

export async function startApi(options: ApiOptions = {}): Promise<{ url: string; close(): Promise<void> }> {
  const issuer = options.issuer ?? process.env.IDENTITY_ISSUER ?? 'http://localhost:5001';
  const jwks = options.jwks ?? createRemoteJWKSet(new URL(`${issuer}/.well-known/openid-configuration/jwks`));
  const now = options.now ?? (() => new Date());
  const host = options.host ?? 'localhost';
  let baseUrl = '';

  const server = createServer(
    createRequestHandler({
      routes: createRoutes(new Bank(now)),
      cors: createCorsPolicy(options.appOrigins ?? envOrigins()),
      tokenCheck: {
        issuer,
        otherIssuers: options.otherIssuers ?? [],
        jwks,
        dpop: { replay: new JtiReplayCache(), nonces: new DpopNonces(), requireNonce: (options.dpopNonce ?? envNoncePolicy()) === 'require' },
      },
      now,
      baseUrl: () => baseUrl,
      contractCheck: options.contractCheck ?? contractRecorderFromEnv(),
    }),
  );

  const port = await listen(server, options.port ?? envPort(), host);
  baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return { url: baseUrl, close: () => closeServer(server) };
}

if (isMainModule(import.meta.url)) {
  const api = await startApi();
  console.log(`Sandbox Open Banking API listening on ${api.url}`);
  closeOnSignal(api);
}
