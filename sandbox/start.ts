import { startApi } from './api/server.ts';
import { startIdentity } from './identity/server.ts';
import { closeOnSignal, isMainModule } from './process.ts';

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

if (isMainModule(import.meta.url)) {
  const sandbox = await startSandbox();
  console.log(`Sandbox identity server: ${sandbox.issuer}`);
  console.log(`Sandbox Open Banking API: ${sandbox.apiUrl}/api/v3`);
  closeOnSignal(sandbox);
}
