import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { Environment } from '../config/environments';
import { callbackPath, silentCallbackPath } from './callback-url';
import { cachedMetadata } from './discovery-cache';
import { renewImplicitSignin } from './implicit';
import { randomToken } from './random';
import { sessionFlow, setSessionFlow } from './session-flow';
import { createSessionSync, type SessionSync } from './session-sync';
import { watchApi, watchOrigin } from './wire-log';

export type SignInEnvironment = Environment & { clientId: string };

export interface EnvironmentAuth {
  userManager: UserManager;
  sync: SessionSync;
}

const cache = new Map<string, EnvironmentAuth>();

/** One UserManager (and one cross-tab session) per environment, so discovery is read once and cached. */
export function authFor(environment: SignInEnvironment): EnvironmentAuth {
  const key = JSON.stringify([environment.authority, environment.clientId, environment.scope]);
  let auth = cache.get(key);
  if (!auth) {
    const origin = window.location.origin;
    // sessionStorage for both: the PKCE verifier and tokens must not outlive the tab.
    const store = new WebStorageStateStore({ store: window.sessionStorage });
    const userManager = new UserManager({
      authority: environment.authority,
      // Discovery read earlier in this tab (before the sign-in's redirect) is not fetched again.
      metadata: cachedMetadata(environment.authority),
      client_id: environment.clientId,
      scope: environment.scope,
      response_type: 'code',
      redirect_uri: `${origin}${callbackPath}`,
      silent_redirect_uri: `${origin}${silentCallbackPath}`,
      post_logout_redirect_uri: `${origin}/`,
      userStore: store,
      stateStore: store,
      loadUserInfo: true,
      monitorSession: false,
      // Renewal is ours: one tab at a time, handed to the others (session-sync.ts).
      automaticSilentRenew: false,
    });
    const sync = createSessionSync(userManager, key, {
      renew: () => (sessionFlow(userManager) === 'implicit' ? renewImplicitSignin(userManager) : userManager.signinSilent({ nonce: randomToken() })),
      flow: { get: () => sessionFlow(userManager), set: (flow) => setSessionFlow(userManager, flow) },
    });
    watchOrigin(new URL(environment.authority).origin);
    watchApi(environment.apiBaseUrl);
    auth = { userManager, sync };
    cache.set(key, auth);
  }
  return auth;
}
