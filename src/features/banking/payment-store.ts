import * as v from 'valibot';
import { contract } from '../../api/contract';
import type { PaymentRequest } from '../../api/payments';
import { finiteNumber, plainObject } from '../../api/shapes';
import { kept, type Kept } from './kept';

/**
 * What the app keeps about payments, since v3 lists none for a user:
 * - the message ids it submitted, per environment, user and company (ids and times only), in localStorage;
 * - the payment being sent, with its MessageId, in this tab's sessionStorage until its outcome is known,
 *   so a retry or a reload uses the same MessageId and never makes a second payment.
 */

const submissionSchema = plainObject({ messageId: v.string(), companyId: v.string(), at: v.string() });
export type Submission = v.InferOutput<typeof submissionSchema>;

const maxKept = 100;

export interface SubmissionStore extends Kept<Submission[]> {
  record(submission: Submission): void;
}

export function submissionStore(storage: () => Storage, scope: readonly [string, string], companyId: string): SubmissionStore {
  const store = kept(storage, `obe.submissions:${scope[0]}:${scope[1]}:${companyId}`, v.array(submissionSchema), []);
  return {
    ...store,
    record(submission) {
      const rest = store.read().filter((kept) => kept.messageId !== submission.messageId);
      store.write([submission, ...rest].slice(0, maxKept));
    },
  };
}

const lineSchema = plainObject({
  PaymentMethod: v.nullish(v.picklist([1, 2])),
  Priority: v.nullish(v.picklist([1, 2, 3])),
  ExecutionDate: v.string(),
  SourceReference: v.string(),
  Amount: finiteNumber(),
  Currency: v.string(),
  StructuredReference: v.nullish(v.string()),
  Description: v.nullish(v.string()),
  Creditor: plainObject({ Name: v.string(), CountryCode: v.string(), AccountNumber: v.string(), Bic: v.nullish(v.string()) }),
});

const intentSchema = plainObject({
  companyId: v.string(),
  request: contract<PaymentRequest>()(plainObject({ MessageId: v.string(), AccountNumber: v.string(), PaymentLines: v.array(lineSchema) })),
});
export type PaymentIntent = v.InferOutput<typeof intentSchema>;

/** The one payment this tab is sending (or could not confirm), per environment and user. */
export function intentStore(storage: () => Storage, scope: readonly [string, string]): Kept<PaymentIntent | null> {
  return kept(storage, `obe.payment-intent:${scope[0]}:${scope[1]}`, v.nullable(intentSchema), null);
}
