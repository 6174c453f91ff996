import type { JWKSCacheInput } from 'jose';
import type { OidcMetadata } from 'oidc-client-ts';
import * as v from 'valibot';
import { read, storageKeyFamily, write } from '../storage/storage';

/*
 * Discovery and the signing keys are read once a session, not once a page load: the sign-in's
 * redirects reload the app, and oidc-client-ts and jose keep their caches in memory only.
 * Kept in sessionStorage for an hour; a key the cache lacks still triggers one refetch (jwks.ts).
 */

const maxAgeMs = 60 * 60 * 1000;
const entrySchema = v.object({ at: v.pipe(v.number(), v.finite()), value: v.record(v.string(), v.unknown()) });
const discoveryKey = storageKeyFamily('discovery:', entrySchema);
const jwksKey = storageKeyFamily('jwks:', entrySchema);

function fresh(entry: v.InferOutput<typeof entrySchema> | null): Record<string, unknown> | undefined {
  return entry && Date.now() - entry.at < maxAgeMs ? entry.value : undefined;
}

// Both documents are public and checked where they are used (discovery.ts, jose): the schema only bounds their shape here.
export const cachedMetadata = (authority: string) => fresh(read(discoveryKey(authority))) as Partial<OidcMetadata> | undefined;
export const rememberMetadata = (authority: string, metadata: Partial<OidcMetadata>) => void write(discoveryKey(authority), { at: Date.now(), value: { ...metadata } });

export const cachedKeys = (jwksUri: string): JWKSCacheInput => (fresh(read(jwksKey(jwksUri))) ?? {}) as JWKSCacheInput;
export const rememberKeys = (jwksUri: string, cache: JWKSCacheInput) => void write(jwksKey(jwksUri), { at: Date.now(), value: { ...cache } });
