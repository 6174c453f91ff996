/**
 * One Idempotency-Key per intended payment. The same request (a double click, a retry after a network
 * failure, resubmitting an unchanged form) gets the same key, so the API creates the payment once;
 * a changed request gets a new key, and after a success every request starts afresh.
 */
export class IdempotencyKeys {
  private readonly keys = new Map<string, string>();
  private readonly newKey: () => string;

  constructor(newKey: () => string = () => crypto.randomUUID()) {
    this.newKey = newKey;
  }

  /** The key for this request content; requests are built in a fixed property order, so JSON identifies them. */
  keyFor(request: unknown): string {
    const fingerprint = JSON.stringify(request);
    let key = this.keys.get(fingerprint);
    if (key === undefined) {
      key = this.newKey();
      this.keys.set(fingerprint, key);
    }
    return key;
  }

  /** The payment exists now: the next one, even with the same content, is a new payment. */
  succeeded(): void {
    this.keys.clear();
  }
}
