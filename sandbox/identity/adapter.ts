import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

interface Entry {
  model: string;
  payload: AdapterPayload;
  /** Epoch milliseconds; Infinity for artifacts stored without a lifetime. */
  expiresAt: number;
}

/** One provider's storage: every model's artifacts in one Map keyed by `model:id`. */
class MemoryStore {
  readonly #entries = new Map<string, Entry>();

  set(key: string, entry: Entry): void {
    this.#entries.set(key, entry);
  }

  /** The live entry under `key`; expired ones are dropped on the way. */
  get(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  /** Live entries matching `predicate`, with their keys; a linear scan is plenty at sandbox scale. */
  *find(predicate: (entry: Entry) => boolean): Generator<[string, Entry]> {
    const now = Date.now();
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt <= now) this.#entries.delete(key);
      else if (predicate(entry)) yield [key, entry];
    }
  }
}

/** Copies in and out, so nobody mutates stored state by holding on to a reference. */
const copy = (payload: AdapterPayload): AdapterPayload => structuredClone(payload);

class MemoryAdapter implements Adapter {
  readonly #model: string;
  readonly #store: MemoryStore;

  constructor(model: string, store: MemoryStore) {
    this.#model = model;
    this.#store = store;
  }

  #key(id: string): string {
    return `${this.#model}:${id}`;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    const expiresAt = Number.isFinite(expiresIn) && expiresIn > 0 ? Date.now() + expiresIn * 1000 : Infinity;
    this.#store.set(this.#key(id), { model: this.#model, payload: copy(payload), expiresAt });
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    const entry = this.#store.get(this.#key(id));
    return entry && copy(entry.payload);
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return this.#findOne((payload) => payload.uid === uid);
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return this.#findOne((payload) => payload.userCode === userCode);
  }

  async consume(id: string): Promise<void> {
    const entry = this.#store.get(this.#key(id));
    if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id: string): Promise<void> {
    this.#store.delete(this.#key(id));
  }

  // oidc-provider calls this on each token model's adapter in turn, so each removes only its own.
  async revokeByGrantId(grantId: string): Promise<void> {
    for (const [key] of [...this.#ownEntries((payload) => payload.grantId === grantId)]) {
      this.#store.delete(key);
    }
  }

  #findOne(predicate: (payload: AdapterPayload) => boolean): AdapterPayload | undefined {
    for (const [, entry] of this.#ownEntries(predicate)) return copy(entry.payload);
    return undefined;
  }

  #ownEntries(predicate: (payload: AdapterPayload) => boolean): Generator<[string, Entry]> {
    return this.#store.find((entry) => entry.model === this.#model && predicate(entry.payload));
  }
}

/**
 * In-memory storage for one provider instance. oidc-provider calls the factory once per model
 * (Session, Grant, AccessToken, ...); all of them share this instance's store.
 */
export function createMemoryAdapter(): AdapterFactory {
  const store = new MemoryStore();
  return (model) => new MemoryAdapter(model, store);
}
