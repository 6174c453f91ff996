import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { Environment } from '../config/environments';
import { callbackPath } from './callback-url';

export type SignInEnvironment = Environment & { clientId: string };

const managers = new Map<string, UserManager>();

function key(environment: SignInEnvironment): string {
  return JSON.stringify([environment.authority, environment.clientId, environment.scope]);
}

/** One UserManager per environment, so discovery is read once and cached. */
export function userManagerFor(environment: SignInEnvironment): UserManager {
  const id = key(environment);
  let manager = managers.get(id);
  if (!manager) {
    const origin = window.location.origin;
    // sessionStorage for both: the PKCE verifier and tokens must not outlive the tab or reach localStorage.
    const store = new WebStorageStateStore({ store: window.sessionStorage });
    manager = new UserManager({
      authority: environment.authority,
      client_id: environment.clientId,
      scope: environment.scope,
      response_type: 'code',
      redirect_uri: `${origin}${callbackPath}`,
      post_logout_redirect_uri: `${origin}/`,
      userStore: store,
      stateStore: store,
      loadUserInfo: true,
      monitorSession: false,
    });
    managers.set(id, manager);
  }
  return manager;
}
