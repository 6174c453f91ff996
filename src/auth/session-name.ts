import type { Environment } from '../config/environments';

export type SignInEnvironment = Environment & { clientId: string };

/** What makes two environments one session: the choice itself (Custom may copy another), the identity server, client, scope and API. */
export function sessionName(environment: SignInEnvironment): string {
  return JSON.stringify([environment.id, environment.authority, environment.clientId, environment.scope, environment.apiBaseUrl]);
}
