import type { AuthSession } from '../auth';
import { createApiClient, type ApiClient } from './client';

/**
 * The API client of a session: its access token read at each call, with a DPoP proof where the token is bound.
 * `renews`: whether a refused token renews the session — not while a sign-in's ID token is still being checked.
 */
export function sessionApiClient(session: AuthSession, { renews }: { renews: boolean }): ApiClient {
  return createApiClient({
    baseUrl: session.environment.apiBaseUrl,
    getAccessToken: async () => session.accessToken(),
    renew: renews ? (stale) => session.renew(stale) : undefined,
    proof: (call) => session.apiProof(call),
  });
}
