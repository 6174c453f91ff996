import { createHash } from 'node:crypto';

/** Remembers the outcome of each Idempotency-Key so a retried POST is answered, not repeated. */

export type IdempotentOutcome<T> =
  | { kind: 'fresh'; result: T }
  | { kind: 'replayed'; result: T }
  | { kind: 'conflict' };

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Identifies a request by target and content; key order in the JSON does not matter. */
export function fingerprint(target: string, body: unknown): string {
  return createHash('sha256').update(target).update('\n').update(canonicalJson(body)).digest('hex');
}

export class IdempotencyStore<T> {
  private readonly entries = new Map<string, { fingerprint: string; outcome: Promise<T> }>();

  /**
   * Runs `work` once per key. The promise is stored before anything is awaited, so a second request
   * arriving while the first is still in flight waits for it instead of creating a duplicate.
   * A failed attempt is forgotten, so the client may correct its request and retry with the same key.
   */
  async run(key: string, requestFingerprint: string, work: () => Promise<T>): Promise<IdempotentOutcome<T>> {
    const existing = this.entries.get(key);
    if (existing !== undefined) {
      if (existing.fingerprint !== requestFingerprint) return { kind: 'conflict' };
      return { kind: 'replayed', result: await existing.outcome };
    }
    const outcome = work();
    this.entries.set(key, { fingerprint: requestFingerprint, outcome });
    try {
      return { kind: 'fresh', result: await outcome };
    } catch (error) {
      this.entries.delete(key);
      throw error;
    }
  }
}
