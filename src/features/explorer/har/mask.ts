import { credentialNames } from '../../../auth/wire-log';
/** Names (parameters, JSON fields, headers) whose values are credentials or one-time secrets: the wire log's, and a server's own. */
const secretNames = new Set([...credentialNames, 'client_secret', 'password', 'cookie', 'set-cookie'].map((name) => name.toLowerCase()));

export const isSecretName = (name: string): boolean => secretNames.has(name.toLowerCase());

/** A value masked here or when it was recorded (both keep an ellipsis where the secret was). */
export const isMasked = (value: string): boolean => value.includes('…');

const jwtLike = /^eyJ[\w-]*\.[\w-]*\.[\w-]*$/;

/**
 * Masks a secret so it can still be recognised and compared: a JWT keeps its header (alg, kid, typ
 * say nothing secret), a long value its first 4 characters, a short one (a password) nothing; all keep their length.
 * A value already masked is left as it is.
 */
export function maskSecret(value: string): string {
  if (value === '' || isMasked(value)) return value;
  const scheme = /^(Bearer|DPoP|Basic) (.+)$/i.exec(value);
  if (scheme?.[1] && scheme[2]) return `${scheme[1]} ${maskSecret(scheme[2])}`;
  const prefix = jwtLike.test(value) ? `${value.split('.')[0]}.` : value.length >= 20 ? value.slice(0, 4) : '';
  return `${prefix}…(${value.length} characters, masked)`;
}

/** Masks the secret values of a name → value record. */
export function maskRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([name, value]) => [name, isSecretName(name) ? maskSecret(value) : value]));
}

/** Masks secret fields anywhere in parsed JSON. */
export function maskJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskJson);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, isSecretName(name) && typeof item === 'string' ? maskSecret(item) : maskJson(item)]));
  }
  return value;
}
