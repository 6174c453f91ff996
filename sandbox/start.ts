import { pathToFileURL } from 'node:url';
import { startApi } from './api/server.ts';
import { startIdentity } from './identity/server.ts';

export interface Sandbox {
  issuer: string;
  apiUrl: string;
  close(): Promise<void>;
}

/** The local stand-ins for id.aritma.io and the Open Banking API, started together. */
export async function startSandbox(): Promise<Sandbox> {
  const identity = await startIdentity();
  try {
    const api = await startApi({ issuer: identity.issuer });
    return {
      issuer: identity.issuer,
      apiUrl: api.url,
      close: async () => {
        await Promise.allSettled([api.close(), identity.close()]);
      },
    };
  } catch (error) {
    await identity.close();
    throw error;
  }
}

/** Closes `closable` once on SIGINT/SIGTERM, then exits. */
export function closeOnSignal(closable: { close(): Promise<void> }): void {
  let closing = false;
  const stop = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: stopping…`);
    closable.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sandbox = await startSandbox();
  console.log(`Sandbox identity server: ${sandbox.issuer}`);
  console.log(`Sandbox Open Banking API: ${sandbox.apiUrl}/api/v3`);
  closeOnSignal(sandbox);
}
