import type { UserManager } from 'oidc-client-ts';

export type SessionFlow = 'code' | 'implicit';

// oidc-client-ts does not persist a User's custom state, so the flow that made the session is kept beside it.
const key = (userManager: UserManager) => `obe.flow:${userManager.settings.authority}|${userManager.settings.client_id}`;

export function sessionFlow(userManager: UserManager): SessionFlow {
  return window.sessionStorage.getItem(key(userManager)) === 'implicit' ? 'implicit' : 'code';
}

export function setSessionFlow(userManager: UserManager, flow: SessionFlow): void {
  window.sessionStorage.setItem(key(userManager), flow);
}
