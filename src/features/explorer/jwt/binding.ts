import type { DecodedJwt } from './inspect';

export type JwtKind = 'access_token' | 'id_token' | 'dpop_proof' | 'other';

/** What a JWT is, by its typ (RFC 9068, RFC 9449) and, where typ says nothing, by claims only one kind carries. */
export function jwtKind(jwt: DecodedJwt): JwtKind {
  const typ = typeof jwt.header.typ === 'string' ? jwt.header.typ.toLowerCase().replace(/^application\//, '') : '';
  if (typ === 'dpop+jwt') return 'dpop_proof';
  if (typ === 'at+jwt') return 'access_token';
  const claims = jwt.payload;
  if ('nonce' in claims || 'at_hash' in claims || 'c_hash' in claims) return 'id_token';
  if ('scope' in claims || 'client_id' in claims) return 'access_token';
  return 'other';
}

export type Binding =
  | { state: 'none' }
  /** RFC 9449 §6.1, with whether the thumbprint is one of the keys this page's recorded proofs were signed with. */
  | { state: 'jkt'; jkt: string; key: 'match' | 'mismatch' | 'unknown'; thumbprints: string[] }
  | { state: 'other_method'; members: string[] }
  | { state: 'id_token' };

/** The token's `cnf` (RFC 7800) read against the thumbprints of the DPoP keys this page has seen sign proofs. */
export function bindingOf(jwt: DecodedJwt, thumbprints: string[]): Binding {
  const cnf = jwt.payload.cnf;
  if (cnf === undefined) return { state: 'none' };
  if (jwtKind(jwt) === 'id_token') return { state: 'id_token' };
  const members = cnf && typeof cnf === 'object' ? (cnf as Record<string, unknown>) : {};
  if (typeof members.jkt !== 'string') return { state: 'other_method', members: Object.keys(members) };
  const key = thumbprints.length === 0 ? 'unknown' : thumbprints.includes(members.jkt) ? 'match' : 'mismatch';
  return { state: 'jkt', jkt: members.jkt, key, thumbprints };
}
