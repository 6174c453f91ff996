import { startApi } from './api/server.ts';
import { startIdentity } from './identity/server.ts';
import { closeOnSignal, isMainModule } from './process.ts';

export interface Sandbox {
  issuer: string;
  /** The same identity server in Aritma ID's tenant path form. */
  tenantIssuer: string;
  apiUrl: string;
  close(): Promise<void>;
}

/** The local stand-ins for id.aritma.io and the Open Banking API, started together. */
export async function startSandbox(): Promise<Sandbox> {
  const identity = await startIdentity();
  try {
    const api = await startApi({ issuer: identity.issuer, otherIssuers: [identity.tenantIssuer] });
    return {
      issuer: identity.issuer,
      tenantIssuer: identity.tenantIssuer,
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
  console.log(`Sandbox identity server: ${sandbox.issuer} (a tenant: ${sandbox.tenantIssuer})`);
  console.log(`Sandbox Open Banking API: ${sandbox.apiUrl}/api/v3`);
  closeOnSignal(sandbox);
}
