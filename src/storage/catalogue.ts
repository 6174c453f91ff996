/**
 * Every key the app keeps in web storage, in one table: which store holds it and what kind of
 * thing it is. Keys are `obe.` + name (+ an id for families, whose names end in their separator).
 * Schemas live beside the types they check (`storageKey(name, schema)` where the value is made).
 */

export type StorageArea = 'local' | 'session';

/**
 * - `preference`: the user's choices (environment, language); kept across sign-outs.
 * - `cache`: public documents fetched once a session (discovery, keys); no secrets.
 * - `session`: anything a sign-in leaves behind — tokens, codes, verifiers, pending requests,
 *   the record of exchanges; removed when a session ends or a response is refused.
 * - `probe`: written and removed at once to learn whether storage works.
 */
export type StorageKind = 'preference' | 'cache' | 'session' | 'probe';

export interface KeyEntry {
  area: StorageArea;
  kind: StorageKind;
}

export const prefix = 'obe.';

export const singleKeys = {
  environment: { area: 'local', kind: 'preference' },
  'custom-environment': { area: 'local', kind: 'preference' },
  language: { area: 'local', kind: 'preference' },
  'wire-log': { area: 'session', kind: 'session' },
  'storage-check': { area: 'session', kind: 'probe' },
} as const satisfies Record<string, KeyEntry>;

export const keyFamilies = {
  // oidc-client-ts's user and sign-in state (PKCE verifiers), through a WebStorageStateStore with this prefix.
  'oidc.': { area: 'session', kind: 'session' },
  'flow:': { area: 'session', kind: 'session' },
  'implicit.': { area: 'session', kind: 'session' },
  'explorer-run.': { area: 'session', kind: 'session' },
  'discovery:': { area: 'session', kind: 'cache' },
  // Per environment: whether the user asked for sender-constrained (DPoP) tokens.
  'dpop-choice:': { area: 'local', kind: 'preference' },
  // Per session: the sign-in under way or done was started with DPoP.
  'dpop:': { area: 'session', kind: 'session' },
  'jwks:': { area: 'session', kind: 'cache' },
} as const satisfies Record<string, KeyEntry>;

export type SingleKeyName = keyof typeof singleKeys;
export type KeyFamilyName = keyof typeof keyFamilies;

/** The table's entry for a full storage key, or null for a key the app does not know. */
export function entryOf(fullKey: string): (KeyEntry & { name: string }) | null {
  if (!fullKey.startsWith(prefix)) return null;
  const name = fullKey.slice(prefix.length);
  if (Object.hasOwn(singleKeys, name)) return { name, ...singleKeys[name as SingleKeyName] };
  const family = (Object.keys(keyFamilies) as KeyFamilyName[]).find((familyName) => name.startsWith(familyName));
  return family ? { name: family, ...keyFamilies[family] } : null;
}
