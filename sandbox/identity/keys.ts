import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import type { JWK } from 'jose';

/** The identity server's secrets: its RS256 signing key and the keys that sign its cookies. */
export interface IdentityKeys {
  /** Private JWK Set for oidc-provider's `jwks` option. */
  signing: { keys: JWK[] };
  /** The same keys without private parts, for verifying our own tokens. */
  publicJwks: { keys: JWK[] };
  cookieKeys: string[];
}

const SIGNING_FILE = 'jwks.json';
const COOKIE_FILE = 'cookie-keys.json';
const PRIVATE_RSA_MEMBERS = new Set(['d', 'p', 'q', 'dp', 'dq', 'qi']);

class KeyFileError extends Error {
  readonly code = 'invalid_key_file';
  constructor(file: string, problem: string) {
    super(`${file} ${problem}. Delete it to have a new one generated on the next start.`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseSigningKeys(file: string, json: unknown): { keys: JWK[] } {
  if (!isRecord(json) || !Array.isArray(json.keys) || json.keys.length === 0) {
    throw new KeyFileError(file, 'is not a JWK Set with at least one key');
  }
  const keys = json.keys.map((key: unknown): JWK => {
    if (!isRecord(key) || key.kty !== 'RSA' || typeof key.kid !== 'string' || typeof key.d !== 'string') {
      throw new KeyFileError(file, 'must hold private RSA keys with a kid');
    }
    return key;
  });
  return { keys };
}

function parseCookieKeys(file: string, json: unknown): string[] {
  if (!Array.isArray(json) || json.length === 0 || !json.every((key) => typeof key === 'string' && key.length >= 32)) {
    throw new KeyFileError(file, 'is not a list of cookie keys');
  }
  return json as string[];
}

async function createSigningKeys(): Promise<{ keys: JWK[] }> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { keys: [{ ...jwk, kid, use: 'sig', alg: 'RS256' }] };
}

function createCookieKeys(): string[] {
  return [randomBytes(32).toString('base64url'), randomBytes(32).toString('base64url')];
}

/** The parsed JSON in `file`, or undefined when there is no such file yet. */
async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new KeyFileError(file, 'is not valid JSON');
  }
}

/**
 * Reads a JSON secret from `dir`, or creates and stores it on first use.
 * Written to a temporary file and linked into place, so two servers starting at once share one value
 * and neither can read a half-written file.
 */
async function loadOrCreate<T>(dir: string, name: string, create: () => T | Promise<T>, parse: (file: string, json: unknown) => T): Promise<T> {
  const file = join(dir, name);
  const existing = await readJson(file);
  if (existing !== undefined) return parse(file, existing);
  const value = await create();
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  try {
    await link(temporary, file);
    return value;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return parse(file, await readJson(file));
  } finally {
    await unlink(temporary);
  }
}

function publicPart(key: JWK): JWK {
  return Object.fromEntries(Object.entries(key).filter(([member]) => !PRIVATE_RSA_MEMBERS.has(member)));
}

/** Loads the keys from `dir`, generating them on the first start so tokens survive restarts. */
export async function loadOrCreateKeys(dir: string): Promise<IdentityKeys> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const signing = await loadOrCreate(dir, SIGNING_FILE, createSigningKeys, parseSigningKeys);
  const cookieKeys = await loadOrCreate(dir, COOKIE_FILE, createCookieKeys, parseCookieKeys);
  return { signing, publicJwks: { keys: signing.keys.map(publicPart) }, cookieKeys };
}
