import type { Environment } from '../config/environments';

export type SignInEnvironment = Environment & { clientId: string };

/** An environment a session can sign in to: one with a client id (a build may leave Aritma's unset). */
export function canSignIn(environment: Environment): environment is SignInEnvironment {
  return environment.clientId !== null;
}

/** What makes two environments one session: the choice itself (Custom may copy another), the identity server, client, scope and API. */
export function sessionName(environment: SignInEnvironment): string {
  return JSON.stringify([environment.id, environment.authority, environment.clientId, environment.scope, environment.apiBaseUrl]);
}
