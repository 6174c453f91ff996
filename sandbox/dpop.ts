import { createHash, createHmac, randomBytes } from 'node:crypto';
import { calculateJwkThumbprint, decodeProtectedHeader, EmbeddedJWK, errors, jwtVerify } from 'jose';
import type { JWK } from 'jose';

/**
 * RFC 9449 (DPoP) proof checks shared by the sandbox's resource servers: the Open Banking API and
 * the identity server's userinfo endpoint. oidc-provider checks the proofs at its own endpoints.
 */

/** Asymmetric JWS algorithms accepted for proofs (RFC 9449 §4.3 step 5: no `none`, no MAC). */
export const DPOP_ALGORITHMS = ['ES256', 'ES384', 'ES512', 'PS256', 'PS384', 'PS512', 'RS256', 'RS384', 'RS512', 'EdDSA'] as const;

/** How far `iat` may lie in the past or the future (RFC 9449 §11.1 leaves the window to the server). */
export const IAT_WINDOW_SECONDS = 60;

// JWK members that only a private or symmetric key has (RFC 7518 §6; `priv` for AKP keys).
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k', 'priv'] as const;

export type ProofFailureReason =
  | 'missing'
  | 'malformed'
  | 'typ'
  | 'algorithm'
  | 'jwk'
  | 'private-key'
  | 'signature'
  | 'claims'
  | 'htm'
  | 'htu'
  | 'iat'
  | 'nonce'
  | 'ath'
  | 'replay';

export interface ProofFailure {
  ok: false;
  /** `use_dpop_nonce` asks the client to retry with `nonce`; everything else is `invalid_dpop_proof`. */
  code: 'invalid_dpop_proof' | 'use_dpop_nonce';
  reason: ProofFailureReason;
  description: string;
  /** The nonce to send as `DPoP-Nonce` when the proof lacked a current one. */
  nonce?: string;
}

export interface ProofSuccess {
  ok: true;
  /** The JWK SHA-256 thumbprint of the proof's key (RFC 7638), to compare with the token's `cnf.jkt`. */
  jkt: string;
}

export type ProofResult = ProofSuccess | ProofFailure;

/** Remembers proofs' `jti`s until their `iat` leaves the window, so each proof is used once (RFC 9449 §11.1). */
export class JtiReplayCache {
  readonly #seen = new Map<string, number>();

  /** Bounded so a flood of proofs cannot grow memory without limit; the oldest entries go first. */
  constructor(readonly maxEntries = 10_000) {}

  /** Records `id` until `expiresAt` (epoch seconds); false when it was already recorded and has not expired. */
  remember(id: string, expiresAt: number, now: number): boolean {
    const seenUntil = this.#seen.get(id);
    if (seenUntil !== undefined && seenUntil > now) return false;
    for (const [key, until] of this.#seen) {
      if (until <= now) this.#seen.delete(key);
    }
    while (this.#seen.size >= this.maxEntries) {
      const oldest = this.#seen.keys().next().value;
      if (oldest === undefined) break;
      this.#seen.delete(oldest);
    }
    this.#seen.set(id, expiresAt);
    return true;
  }

  get size(): number {
    return this.#seen.size;
  }
}

/** Server nonces (RFC 9449 §9): an HMAC of the current time step, so nothing has to be stored. */
export class DpopNonces {
  readonly #secret: Buffer;

  /** A nonce is handed out for `stepSeconds` and accepted for one step more. */
  constructor(readonly stepSeconds = 300, secret: Buffer = randomBytes(32)) {
    this.#secret = secret;
  }

  #at(step: number): string {
    return createHmac('sha256', this.#secret).update(String(step)).digest('base64url');
  }

  current(now: number): string {
    return this.#at(Math.floor(now / this.stepSeconds));
  }

  accepts(nonce: string, now: number): boolean {
    const step = Math.floor(now / this.stepSeconds);
    return nonce === this.#at(step) || nonce === this.#at(step - 1);
  }
}

export interface ProofRequest {
  /** The `DPoP` header's value. */
  proof: string | undefined;
  method: string;
  /** The URL the request was sent to, as this server is reached. */
  url: URL;
  /** When the proof goes with an access token, `ath` must be its hash (RFC 9449 §4.3 step 11). */
  accessToken?: string;
}

export interface ProofCheckOptions {
  now: Date;
  replay: JtiReplayCache;
  nonces: DpopNonces;
  requireNonce: boolean;
}

/** base64url(SHA-256(access token)), the `ath` claim (RFC 9449 §4.2). */
export const accessTokenHash = (accessToken: string): string => createHash('sha256').update(accessToken).digest('base64url');

/** The URL a proof's `htu` must name: no query, no fragment (RFC 9449 §4.3 step 9). */
function withoutQuery(url: URL): string {
  const copy = new URL(url.href);
  copy.search = '';
  copy.hash = '';
  return copy.href;
}

const failure = (reason: ProofFailureReason, description: string): ProofFailure => ({ ok: false, code: 'invalid_dpop_proof', reason, description });

/** Checks one DPoP proof as RFC 9449 §4.3 lists, in that order. Never throws for a bad proof. */
export async function checkDpopProof(request: ProofRequest, options: ProofCheckOptions): Promise<ProofResult> {
  const { proof } = request;
  if (proof === undefined || proof.trim() === '') return failure('missing', 'The request has no DPoP proof: send one in the DPoP header.');

  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(proof);
  } catch {
    return failure('malformed', 'The DPoP proof is not a well-formed signed JWT.');
  }
  if (proof.split('.').length !== 3) return failure('malformed', 'The DPoP proof is not a well-formed signed JWT.');
  if (header.typ !== 'dpop+jwt') return failure('typ', 'The DPoP proof typ header must be dpop+jwt.');
  if (!(DPOP_ALGORITHMS as readonly unknown[]).includes(header.alg)) {
    return failure('algorithm', `The DPoP proof must be signed with an asymmetric algorithm (${DPOP_ALGORITHMS.join(', ')}), not ${String(header.alg)}.`);
  }
  const jwk = header.jwk as JWK | undefined;
  if (typeof jwk !== 'object' || jwk === null) return failure('jwk', 'The DPoP proof header has no jwk: the public key it was signed with.');
  if (PRIVATE_MEMBERS.some((member) => member in jwk)) return failure('private-key', 'The DPoP proof jwk holds a private key: send only the public key.');

  const now = Math.floor(options.now.getTime() / 1000);
  let payload: Awaited<ReturnType<typeof jwtVerify>>['payload'];
  try {
    ({ payload } = await jwtVerify(proof, EmbeddedJWK, { typ: 'dpop+jwt', algorithms: [...DPOP_ALGORITHMS], currentDate: options.now }));
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) return failure('signature', 'The DPoP proof signature does not verify with its jwk.');
    if (error instanceof errors.JOSEError) return failure('malformed', `The DPoP proof could not be verified: ${error.message}.`);
    throw error;
  }

  const { jti, htm, htu, iat, ath, nonce } = payload;
  if (typeof jti !== 'string' || jti === '' || typeof htm !== 'string' || typeof htu !== 'string' || typeof iat !== 'number') {
    return failure('claims', 'The DPoP proof must have the claims jti, htm, htu and iat.');
  }
  if (htm !== request.method) return failure('htm', `The DPoP proof is for ${htm}, but the request is ${request.method}.`);
  if (!URL.canParse(htu) || withoutQuery(new URL(htu)) !== withoutQuery(request.url)) {
    return failure('htu', `The DPoP proof is for ${htu}, but the request went to ${withoutQuery(request.url)}.`);
  }

  if (options.requireNonce) {
    if (typeof nonce !== 'string' || !options.nonces.accepts(nonce, now)) {
      const description = nonce === undefined ? 'This server requires a nonce in the DPoP proof.' : 'The nonce in the DPoP proof is not current.';
      return { ok: false, code: 'use_dpop_nonce', reason: 'nonce', description, nonce: options.nonces.current(now) };
    }
  }

  if (Math.abs(now - iat) > IAT_WINDOW_SECONDS) {
    return failure('iat', `The DPoP proof was made at ${new Date(iat * 1000).toISOString()}, not within ${IAT_WINDOW_SECONDS} s of now.`);
  }
  if (request.accessToken !== undefined) {
    if (ath === undefined) return failure('ath', 'The DPoP proof has no ath: the hash of the access token it goes with.');
    if (ath !== accessTokenHash(request.accessToken)) return failure('ath', 'The DPoP proof ath is not the hash of this access token.');
  }

  const jkt = await calculateJwkThumbprint(jwk, 'sha256');
  if (!options.replay.remember(`${jkt}:${jti}`, iat + IAT_WINDOW_SECONDS, now)) {
    return failure('replay', 'This DPoP proof (its jti) was used before: make a fresh proof for every request.');
  }
  return { ok: true, jkt };
}
