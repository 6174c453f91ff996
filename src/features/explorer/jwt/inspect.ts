import { base64url, compactVerify, errors, importJWK, type CompactVerifyGetKey, type JSONWebKeySet, type JWK } from 'jose';
import { accessTokenHash, allowedAlgorithms } from '../../../auth';

/** The three dot-separated parts of a JWS compact serialization (RFC 7515 §7.1), in order. */
export const jwtParts = ['header', 'payload', 'signature'] as const;
export type JwtPart = (typeof jwtParts)[number];

/** Why a text is not a readable JWT; the UI words each code and names the part (1, 2 or 3). */
export type DecodeProblem =
  | { code: 'empty' }
  | { code: 'encrypted'; parts: 5 }
  | { code: 'part_count'; parts: number }
  | { code: 'empty_part'; part: JwtPart }
  | { code: 'base64url_character'; part: JwtPart; character: string; position: number }
  | { code: 'base64url_padding'; part: JwtPart }
  | { code: 'base64url_length'; part: JwtPart; length: number }
  | { code: 'utf8'; part: JwtPart }
  | { code: 'json'; part: JwtPart; detail: string }
  | { code: 'not_object'; part: JwtPart; found: 'array' | 'string' | 'number' | 'boolean' | 'null' }
  | { code: 'alg_missing' };

export type JsonObject = Record<string, unknown>;

export interface DecodedJwt {
  /** The token as verified: whitespace and a leading "Bearer " removed. */
  token: string;
  header: JsonObject;
  payload: JsonObject;
  alg: string;
  signatureLength: number;
}

export type DecodeResult = { ok: true; jwt: DecodedJwt } | { ok: false; problem: DecodeProblem };

const base64urlAlphabet = /^[A-Za-z0-9_-]*$/;

/** What people paste: a token split over lines, wrapped in quotes, or copied with its "Bearer " prefix. */
export function normaliseToken(input: string): string {
  return input
    .trim()
    .replace(/^bearer\s+/i, '')
    .replace(/^"(.*)"$/s, '$1')
    .replace(/\s+/g, '');
}

type PartResult = { ok: true; bytes: Uint8Array } | { ok: false; problem: DecodeProblem };

function decodeBase64url(text: string, part: JwtPart): PartResult {
  if (!base64urlAlphabet.test(text)) {
    const position = [...text].findIndex((character) => !/[A-Za-z0-9_-]/.test(character));
    const character = [...text][position] ?? '';
    if (character === '=' && /^[A-Za-z0-9_-]*=+$/.test(text)) return { ok: false, problem: { code: 'base64url_padding', part } };
    return { ok: false, problem: { code: 'base64url_character', part, character, position: position + 1 } };
  }
  // Four characters carry three bytes; one left-over character carries none, so no encoder makes it.
  if (text.length % 4 === 1) return { ok: false, problem: { code: 'base64url_length', part, length: text.length } };
  return { ok: true, bytes: base64url.decode(text) };
}

function kindOf(value: unknown): 'array' | 'string' | 'number' | 'boolean' | 'null' | 'object' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object';
}

function decodeJsonPart(text: string, part: JwtPart): { ok: true; value: JsonObject } | { ok: false; problem: DecodeProblem } {
  if (text === '') return { ok: false, problem: { code: 'empty_part', part } };
  const bytes = decodeBase64url(text, part);
  if (!bytes.ok) return bytes;
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes.bytes);
  } catch {
    return { ok: false, problem: { code: 'utf8', part } };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, problem: { code: 'json', part, detail: error instanceof Error ? error.message : String(error) } };
  }
  const kind = kindOf(value);
  if (kind !== 'object') return { ok: false, problem: { code: 'not_object', part, found: kind } };
  return { ok: true, value: value as JsonObject };
}

/** Reads a JWS-compact JWT without trusting it: every failure says which part and why. */
export function decodeToken(input: string): DecodeResult {
  const token = normaliseToken(input);
  if (token === '') return { ok: false, problem: { code: 'empty' } };
  const segments = token.split('.');
  if (segments.length === 5) return { ok: false, problem: { code: 'encrypted', parts: 5 } };
  if (segments.length !== 3) return { ok: false, problem: { code: 'part_count', parts: segments.length } };
  const [headerText = '', payloadText = '', signatureText = ''] = segments;

  const header = decodeJsonPart(headerText, 'header');
  if (!header.ok) return header;
  const payload = decodeJsonPart(payloadText, 'payload');
  if (!payload.ok) return payload;
  const signature = decodeBase64url(signatureText, 'signature');
  if (!signature.ok) return signature;

  const alg = header.value.alg;
  if (typeof alg !== 'string' || alg === '') return { ok: false, problem: { code: 'alg_missing' } };
  return { ok: true, jwt: { token, header: header.value, payload: payload.value, alg, signatureLength: signature.bytes.length } };
}

/** Header parameters explained in words (RFC 7515 §4.1, RFC 9068 §2.1, RFC 9449 §4.2). */
export const explainedHeaderParameters = ['alg', 'typ', 'kid', 'x5t', 'cty', 'jwk'] as const;
/** Claims explained in words: RFC 7519 §4.1, RFC 9068 §2.2, RFC 8693 §4, OpenID Connect Core §2, RFC 7800, RFC 9449 §4.2. */
export const explainedClaims = [
  'iss',
  'sub',
  'aud',
  'exp',
  'nbf',
  'iat',
  'jti',
  'scope',
  'client_id',
  'auth_time',
  'amr',
  'sid',
  'nonce',
  'at_hash',
  'azp',
  'acr',
  'cnf',
  'htm',
  'htu',
  'ath',
  'email',
  'name',
] as const;
export type ExplainedHeaderParameter = (typeof explainedHeaderParameters)[number];
export type ExplainedClaim = (typeof explainedClaims)[number];

/** Claims whose value is a NumericDate: seconds since 1970-01-01T00:00:00Z (RFC 7519 §2). */
export const timeClaims = ['exp', 'nbf', 'iat', 'auth_time'] as const;

export type ClaimTime = { valid: true; date: Date; secondsFromNow: number } | { valid: false };

export interface ExplainedEntry {
  name: string;
  value: unknown;
  /** The name, when the UI has words for it; unknown names are private claims. */
  explained?: ExplainedHeaderParameter | ExplainedClaim;
  time?: ClaimTime;
}

function isOneOf<T extends string>(list: readonly T[], name: string): name is T {
  return (list as readonly string[]).includes(name);
}

function timeOf(value: unknown, now: Date): ClaimTime {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { valid: false };
  return { valid: true, date: new Date(value * 1000), secondsFromNow: Math.round(value - now.getTime() / 1000) };
}

export function explainHeader(header: JsonObject): ExplainedEntry[] {
  return Object.entries(header).map(([name, value]) => ({ name, value, explained: isOneOf(explainedHeaderParameters, name) ? name : undefined }));
}

export function explainPayload(payload: JsonObject, now: Date): ExplainedEntry[] {
  return Object.entries(payload).map(([name, value]) => ({
    name,
    value,
    explained: isOneOf(explainedClaims, name) ? name : undefined,
    time: isOneOf(timeClaims, name) ? timeOf(value, now) : undefined,
  }));
}

/** Whether the token may be used now, by `exp` and `nbf` alone (no clock skew: this is a display). */
export type Validity =
  | { state: 'no_expiry' }
  | { state: 'bad_time' }
  | { state: 'not_yet_valid'; secondsFromNow: number }
  | { state: 'expired'; secondsFromNow: number }
  | { state: 'valid'; secondsFromNow: number };

export function validityOf(payload: JsonObject, now: Date): Validity {
  const exp = 'exp' in payload ? timeOf(payload.exp, now) : undefined;
  const nbf = 'nbf' in payload ? timeOf(payload.nbf, now) : undefined;
  if ((exp && !exp.valid) || (nbf && !nbf.valid)) return { state: 'bad_time' };
  if (nbf?.valid && nbf.secondsFromNow > 0) return { state: 'not_yet_valid', secondsFromNow: nbf.secondsFromNow };
  if (!exp?.valid) return { state: 'no_expiry' };
  return exp.secondsFromNow <= 0 ? { state: 'expired', secondsFromNow: exp.secondsFromNow } : { state: 'valid', secondsFromNow: exp.secondsFromNow };
}

/** Where verification keys come from; the origin decides how a failure to find one is worded. */
export interface KeySource {
  origin: 'jwks' | 'pasted';
  getKey: CompactVerifyGetKey;
  /** The keys the getter picks from, when known, so the one that verified can be named by its `kid`. */
  jwks?: () => JSONWebKeySet | undefined;
}

/** A JWKS getter such as jose's `createRemoteJWKSet` / `createLocalJWKSet`, both of which expose their keys. */
export function jwksKeySource(getKey: CompactVerifyGetKey): KeySource {
  // jose's key-set getters carry `jwks()`, but `keysAt` types them as plain getters.
  const withKeys = getKey as CompactVerifyGetKey & { jwks?: unknown };
  const jwks = typeof withKeys.jwks === 'function' ? (withKeys.jwks as () => JSONWebKeySet | undefined) : undefined;
  return { origin: 'jwks', getKey, jwks };
}

export type SignatureCheck =
  | { status: 'valid'; alg: string; kid?: string }
  | { status: 'invalid'; alg: string; kid?: string }
  | { status: 'alg_none' }
  | { status: 'alg_hmac'; alg: string }
  | { status: 'alg_unsupported'; alg: string }
  | { status: 'no_keys' }
  | { status: 'no_matching_key'; kid?: string }
  | { status: 'several_matching_keys'; kid?: string }
  | { status: 'keys_unavailable'; detail: string }
  | { status: 'key_unusable'; alg: string; detail: string };

class KeyLookupFailed extends Error {
  constructor(readonly reason: unknown) {
    super('key lookup failed');
  }
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function verifiesWith(token: string, jwk: JWK, alg: string): Promise<boolean> {
  try {
    await compactVerify(token, await importJWK(jwk, alg), { algorithms: [alg] });
    return true;
  } catch {
    return false;
  }
}

/** The `kid` of the key in the set that verifies the token, found by trying each candidate. */
async function matchedKid(jwt: DecodedJwt, source: KeySource): Promise<string | undefined> {
  const headerKid = typeof jwt.header.kid === 'string' ? jwt.header.kid : undefined;
  const keys = source.jwks?.()?.keys;
  if (!keys) return headerKid;
  for (const jwk of keys) {
    if (headerKid !== undefined && jwk.kid !== undefined && jwk.kid !== headerKid) continue;
    if (await verifiesWith(jwt.token, jwk, jwt.alg)) return jwk.kid;
  }
  return headerKid;
}

/**
 * Checks the signature only (claims are shown, not judged). `none` and HMAC are never "valid":
 * an unsigned token proves nothing, and an HMAC key is a shared secret a verifier could sign with.
 */
export async function verifySignature(jwt: DecodedJwt, source: KeySource | undefined): Promise<SignatureCheck> {
  const alg = jwt.alg;
  if (alg.toLowerCase() === 'none') return { status: 'alg_none' };
  if (/^HS\d+$/i.test(alg)) return { status: 'alg_hmac', alg };
  if (!allowedAlgorithms.includes(alg)) return { status: 'alg_unsupported', alg };
  if (!source) return { status: 'no_keys' };
  const headerKid = typeof jwt.header.kid === 'string' ? jwt.header.kid : undefined;

  const getKey: CompactVerifyGetKey = async (header, token) => {
    try {
      return await source.getKey(header, token);
    } catch (error) {
      throw new KeyLookupFailed(error);
    }
  };
  try {
    await compactVerify(jwt.token, getKey, { algorithms: allowedAlgorithms });
    return { status: 'valid', alg, kid: await matchedKid(jwt, source) };
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) return { status: 'invalid', alg, kid: headerKid };
    const cause = error instanceof KeyLookupFailed ? error.reason : error;
    if (cause instanceof errors.JWKSNoMatchingKey) return { status: 'no_matching_key', kid: headerKid };
    if (cause instanceof errors.JWKSMultipleMatchingKeys) return { status: 'several_matching_keys', kid: headerKid };
    if (error instanceof KeyLookupFailed && source.origin === 'jwks') return { status: 'keys_unavailable', detail: detailOf(cause) };
    return { status: 'key_unusable', alg, detail: detailOf(cause) };
  }
}

export type AtHashCheck =
  | { status: 'match' }
  | { status: 'mismatch'; expected: string; found: string }
  | { status: 'not_a_string' }
  | { status: 'no_access_token' }
  | { status: 'alg_unsupported'; alg: string };

/** OIDC Core §3.2.2.9: an ID token's `at_hash` binds it to the access token issued with it. Undefined without `at_hash`. */
export async function checkAtHash(jwt: DecodedJwt, accessToken: string | undefined): Promise<AtHashCheck | undefined> {
  if (!('at_hash' in jwt.payload)) return undefined;
  const found = jwt.payload.at_hash;
  if (typeof found !== 'string') return { status: 'not_a_string' };
  if (!accessToken) return { status: 'no_access_token' };
  let expected: string;
  try {
    expected = await accessTokenHash(normaliseToken(accessToken), jwt.alg);
  } catch {
    return { status: 'alg_unsupported', alg: jwt.alg };
  }
  return expected === found ? { status: 'match' } : { status: 'mismatch', expected, found };
}

export interface InspectOptions {
  keys?: KeySource;
  accessToken?: string;
  now?: Date;
}

export type Inspection =
  | { ok: false; problem: DecodeProblem }
  | {
      ok: true;
      jwt: DecodedJwt;
      header: ExplainedEntry[];
      payload: ExplainedEntry[];
      validity: Validity;
      signature: SignatureCheck;
      atHash?: AtHashCheck;
    };

/** Decode, explain and verify one token. */
export async function inspect(input: string, options: InspectOptions = {}): Promise<Inspection> {
  const decoded = decodeToken(input);
  if (!decoded.ok) return decoded;
  const { jwt } = decoded;
  const now = options.now ?? new Date();
  const [signature, atHash] = await Promise.all([verifySignature(jwt, options.keys), checkAtHash(jwt, options.accessToken)]);
  return {
    ok: true,
    jwt,
    header: explainHeader(jwt.header),
    payload: explainPayload(jwt.payload, now),
    validity: validityOf(jwt.payload, now),
    signature,
    atHash,
  };
}
