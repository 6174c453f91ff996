import { ApiError } from '../../api/errors';
import type { PaymentRequest } from '../../api/payments';

/**
 * Sending one intended payment so that it is never made twice, against a server that may not
 * de-duplicate: v3 documents no Idempotency-Key. After a lost or ambiguous answer the message is
 * looked up by its MessageId first; it is sent again (with the same MessageId) only when the server
 * says it does not have it. When the lookup itself fails, nothing is sent: the user is told.
 */

export interface SubmissionPort {
  post(request: PaymentRequest): Promise<void>;
  /** Resolves whether the server holds payments for this MessageId; throws when it cannot tell. */
  lookup(messageId: string): Promise<'found' | 'absent'>;
}

export type SubmissionOutcome =
  /** The server answered the POST: created. */
  | { kind: 'created' }
  /** The answer was lost, and the lookup found the payments: created, once. */
  | { kind: 'found' }
  /** The server refused it, and the lookup (when there was an earlier lost send) did not find it: nothing was created. */
  | { kind: 'refused'; error: unknown }
  /** The answer was lost and the lookup failed: it may or may not exist, so nothing more was sent. */
  | { kind: 'lookup_failed'; error: unknown }
  /** Every send was lost and each lookup found nothing: not created so far, as far as the server says. */
  | { kind: 'absent'; error: unknown };

/** An answer that does not tell whether the server took the request: network failure, timeout, 5xx. */
export function isAmbiguous(error: unknown): boolean {
  if (error instanceof ApiError) return error.retryable;
  return true;
}

async function check(request: PaymentRequest, port: SubmissionPort): Promise<'found' | 'absent' | { failed: unknown }> {
  try {
    return await port.lookup(request.MessageId);
  } catch (error) {
    return { failed: error };
  }
}

/**
 * Sends, or—with `lookupFirst`—checks before sending (after a reload, or when the user asks).
 * `resends` is how many times a send may be repeated after lookups that found nothing.
 */
export async function submitPayment(request: PaymentRequest, port: SubmissionPort, { lookupFirst = false, resends = 1 } = {}): Promise<SubmissionOutcome> {
  // Whether an earlier send may have reached the server.
  let maybeSent = lookupFirst;
  if (lookupFirst) {
    const found = await check(request, port);
    if (found === 'found') return { kind: 'found' };
    if (found !== 'absent') return { kind: 'lookup_failed', error: found.failed };
  }
  let lastError: unknown = null;
  for (let send = 0; send <= resends; send += 1) {
    try {
      await port.post(request);
      return { kind: 'created' };
    } catch (error) {
      if (!isAmbiguous(error) && !maybeSent) return { kind: 'refused', error };
      // A lost answer, or a refusal that may mean "this MessageId is taken": ask the server first.
      const found = await check(request, port);
      if (found === 'found') return { kind: 'found' };
      if (found !== 'absent') return { kind: 'lookup_failed', error: found.failed };
      if (!isAmbiguous(error)) return { kind: 'refused', error };
      maybeSent = true;
      lastError = error;
    }
  }
  return { kind: 'absent', error: lastError };
}
