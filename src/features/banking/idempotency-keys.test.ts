import { describe, expect, it } from 'vitest';
import { IdempotencyKeys } from './idempotency-keys';

function counter() {
  let n = 0;
  return () => `key-${(n += 1)}`;
}

const payment = { companyId: '100001', request: { DebitAccountNo: '12074123455', Payments: [{ CreditorName: 'A', Amount: 10 }] } };
const changed = { companyId: '100001', request: { DebitAccountNo: '12074123455', Payments: [{ CreditorName: 'A', Amount: 11 }] } };

describe('IdempotencyKeys', () => {
  it('gives the same request the same key: a double click or a retry creates one payment', () => {
    const keys = new IdempotencyKeys(counter());
    expect(keys.keyFor(payment)).toBe('key-1');
    expect(keys.keyFor(structuredClone(payment))).toBe('key-1');
  });

  it('gives a changed request a new key', () => {
    const keys = new IdempotencyKeys(counter());
    keys.keyFor(payment);
    expect(keys.keyFor(changed)).toBe('key-2');
  });

  it('gives a request changed back its first key, so an unconfirmed attempt is never repeated under another key', () => {
    const keys = new IdempotencyKeys(counter());
    keys.keyFor(payment);
    keys.keyFor(changed);
    expect(keys.keyFor(payment)).toBe('key-1');
  });

  it('gives a new key after a success, even for the same content: that is a second payment', () => {
    const keys = new IdempotencyKeys(counter());
    keys.keyFor(payment);
    keys.succeeded();
    expect(keys.keyFor(payment)).toBe('key-2');
  });

  it('makes UUIDs by default', () => {
    expect(new IdempotencyKeys().keyFor(payment)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
