import { environmentIds, type BuildSettings, type EnvironmentId } from './environments';

type ClientIds = Pick<BuildSettings, 'VITE_ARITMA_DEV_CLIENT_ID' | 'VITE_ARITMA_PROD_CLIENT_ID'>;

/** The environments a build offers: the local sandbox only in the dev server and in builds made for it. */
export function offeredEnvironments(withSandbox: boolean): EnvironmentId[] {
  return environmentIds.filter((id) => id !== 'local' || withSandbox);
}

/**
 * The environment a first visit opens: the sandbox where there is one; otherwise Aritma production
 * when the build has its client id, else Aritma development when it has that one, else the Custom form.
 */
export function defaultEnvironment(settings: ClientIds, withSandbox: boolean): EnvironmentId {
  if (withSandbox) return 'local';
  if (settings.VITE_ARITMA_PROD_CLIENT_ID) return 'aritma-prod';
  if (settings.VITE_ARITMA_DEV_CLIENT_ID) return 'aritma-dev';
  return 'custom';
}

/** The saved choice while this build still offers it (a sandbox choice saved under `npm start` is not carried into a production build). */
export function initialEnvironment(saved: EnvironmentId | null, settings: ClientIds, withSandbox: boolean): EnvironmentId {
  return saved && offeredEnvironments(withSandbox).includes(saved) ? saved : defaultEnvironment(settings, withSandbox);
}
