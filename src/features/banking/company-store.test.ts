import { describe, expect, it } from 'vitest';
import { companyStore, currentCompany, parseCompanyId } from './company-store';
import { intentStore, submissionStore } from './payment-store';

/** Web Storage in memory, with the same text-only contract. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

const a = '6f2ed94e-9c0b-4d8f-a1c3-2b6f0e8d7a51';
const b = 'c33a797c-1b2d-4e3f-8a9b-0c1d2e3f4a5b';

describe('parseCompanyId', () => {
  it('takes a GUID in any case, with braces or spaces around it, as lower case', () => {
    expect(parseCompanyId(`  {${a.toUpperCase()}} `)).toBe(a);
  });

  it.each(['', '100001', 'not-a-guid', `${a}0`, a.replace(/-/g, ''), `${a}; DROP`])('refuses %j', (input) => {
    expect(parseCompanyId(input)).toBeNull();
  });
});

describe('companyStore', () => {
  it('adds a company once and shows the one added last', () => {
    const storage = new MemoryStorage();
    const store = companyStore(() => storage, ['local', 'user-1']);
    store.add(a);
    store.add(b);
    store.add(a);
    expect(store.read()).toEqual({ ids: [a, b], current: a });
  });

  it('keeps ids only, per environment and per user', () => {
    const storage = new MemoryStorage();
    companyStore(() => storage, ['local', 'user-1']).add(a);
    expect(companyStore(() => storage, ['local', 'user-2']).read().ids).toEqual([]);
    expect(companyStore(() => storage, ['aritma-dev', 'user-1']).read().ids).toEqual([]);
    expect(companyStore(() => storage, ['local', 'user-1']).read().ids).toEqual([a]);
    expect([...Array(storage.length).keys()].map((index) => storage.getItem(storage.key(index) ?? ''))).toEqual([JSON.stringify({ ids: [a], current: a })]);
  });

  it('switches between companies it has, and ignores one it does not', () => {
    const storage = new MemoryStorage();
    const store = companyStore(() => storage, ['local', 'user-1']);
    store.add(a);
    store.add(b);
    store.choose(a);
    expect(store.read().current).toBe(a);
    store.choose('11111111-2222-4333-8444-555555555555');
    expect(store.read().current).toBe(a);
  });

  it('removes a company, and the one shown moves to the next', () => {
    const storage = new MemoryStorage();
    const store = companyStore(() => storage, ['local', 'user-1']);
    store.add(a);
    store.add(b);
    store.remove(b);
    expect(store.read()).toEqual({ ids: [a], current: a });
    store.remove(a);
    expect(currentCompany(store.read())).toBeNull();
  });

  it('reads a damaged or foreign value as no companies', () => {
    const storage = new MemoryStorage();
    const store = companyStore(() => storage, ['local', 'user-1']);
    storage.setItem('obe.companies:local:user-1', '{not json');
    expect(store.read()).toEqual({ ids: [], current: null });
    storage.setItem('obe.companies:local:user-1', JSON.stringify({ ids: ['<script>'], current: null }));
    expect(store.read()).toEqual({ ids: [], current: null });
  });

  it('still works for the page’s life when storage is blocked', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    const store = companyStore(blocked, ['local', 'user-1']);
    store.add(a);
    expect(store.read().ids).toEqual([a]);
  });

  it('tells subscribers of a change', () => {
    const storage = new MemoryStorage();
    const store = companyStore(() => storage, ['local', 'user-1']);
    let calls = 0;
    const stop = store.subscribe(() => (calls += 1));
    store.add(a);
    stop();
    store.add(b);
    expect(calls).toBe(1);
  });
});

describe('submissionStore and intentStore', () => {
  it('keep submissions per company, newest first, once each', () => {
    const storage = new MemoryStorage();
    const store = submissionStore(() => storage, ['local', 'user-1'], a);
    store.record({ messageId: 'm1', companyId: a, at: '2025-06-16T10:00:00.000Z' });
    store.record({ messageId: 'm2', companyId: a, at: '2025-06-16T11:00:00.000Z' });
    store.record({ messageId: 'm1', companyId: a, at: '2025-06-16T12:00:00.000Z' });
    expect(store.read().map((submission) => submission.messageId)).toEqual(['m1', 'm2']);
    expect(submissionStore(() => storage, ['local', 'user-1'], b).read()).toEqual([]);
  });

  it('keep one intended payment, with its MessageId, until it is cleared', () => {
    const storage = new MemoryStorage();
    const store = intentStore(() => storage, ['local', 'user-1']);
    const intent = {
      companyId: a,
      request: {
        MessageId: 'm3',
        AccountNumber: '12074123455',
        PaymentLines: [{ ExecutionDate: '2025-06-16', SourceReference: 'm3-1', Amount: 1, Currency: 'NOK', Creditor: { Name: 'A', CountryCode: 'NO', AccountNumber: '15032877114' } }],
      },
    };
    store.write(intent);
    expect(intentStore(() => storage, ['local', 'user-1']).read()).toEqual(intent);
    store.write(null);
    expect(store.read()).toBeNull();
  });

  it('read a kept value no payment could have as none: an array for an object, an amount of 1e999', () => {
    const storage = new MemoryStorage();
    const line = { ExecutionDate: '2025-06-16', SourceReference: 'm4-1', Amount: 1, Currency: 'NOK', Creditor: { Name: 'A', CountryCode: 'NO', AccountNumber: '15032877114' } };
    const text = JSON.stringify({ companyId: a, request: { MessageId: 'm4', AccountNumber: '12074123455', PaymentLines: [line] } });
    storage.setItem('obe.payment-intent:local:user-1', text);
    expect(intentStore(() => storage, ['local', 'user-1']).read()?.request.MessageId).toBe('m4');
    storage.setItem('obe.payment-intent:local:user-1', text.replace('"Amount":1', '"Amount":1e999'));
    expect(intentStore(() => storage, ['local', 'user-1']).read()).toBeNull();
    storage.setItem(`obe.submissions:local:user-1:${a}`, '[[]]');
    expect(submissionStore(() => storage, ['local', 'user-1'], a).read()).toEqual([]);
  });
});
