import type { JWKSCacheInput } from 'jose';
import type { OidcMetadata } from 'oidc-client-ts';

/*
 * Discovery and the signing keys are read once a session, not once a page load: the sign-in's
 * redirects reload the app, and oidc-client-ts and jose keep their caches in memory only.
 * Kept in sessionStorage for an hour; a key the cache lacks still triggers one refetch (jwks.ts).
 */

const maxAgeMs = 60 * 60 * 1000;

function read<T>(key: string): T | undefined {
  try {
    const raw = window.sessionStorage.getItem(key);
    if (!raw) return undefined;
    const { at, value } = JSON.parse(raw) as { at: number; value: T };
    return Date.now() - at < maxAgeMs ? value : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    window.sessionStorage.setItem(key, JSON.stringify({ at: Date.now(), value }));
  } catch {
    // storage full: the next page load fetches again
  }
}

export const cachedMetadata = (authority: string) => read<Partial<OidcMetadata>>(`obe.discovery:${authority}`);
export const rememberMetadata = (authority: string, metadata: Partial<OidcMetadata>) => write(`obe.discovery:${authority}`, metadata);

export const cachedKeys = (jwksUri: string): JWKSCacheInput => read<JWKSCacheInput>(`obe.jwks:${jwksUri}`) ?? {};
export const rememberKeys = (jwksUri: string, cache: JWKSCacheInput) => write(`obe.jwks:${jwksUri}`, cache);
