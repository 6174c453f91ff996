import * as z from 'zod/mini';
import { contract } from '../../api/contract';
import type { PaymentRequest } from '../../api/payments';
import { kept, type Kept } from './kept';

/**
 * What the app keeps about payments, since v3 lists none for a user:
 * - the message ids it submitted, per environment, user and company (ids and times only), in localStorage;
 * - the payment being sent, with its MessageId, in this tab's sessionStorage until its outcome is known,
 *   so a retry or a reload uses the same MessageId and never makes a second payment.
 */

const submissionSchema = z.object({ messageId: z.string(), companyId: z.string(), at: z.string() });
export type Submission = z.infer<typeof submissionSchema>;

const maxKept = 100;

export interface SubmissionStore extends Kept<Submission[]> {
  record(submission: Submission): void;
}

export function submissionStore(storage: () => Storage, scope: readonly [string, string], companyId: string): SubmissionStore {
  const store = kept(storage, `obe.submissions:${scope[0]}:${scope[1]}:${companyId}`, z.array(submissionSchema), []);
  return {
    ...store,
    record(submission) {
      const rest = store.read().filter((kept) => kept.messageId !== submission.messageId);
      store.write([submission, ...rest].slice(0, maxKept));
    },
  };
}

const lineSchema = z.object({
  PaymentMethod: z.optional(z.nullable(z.literal([1, 2]))),
  Priority: z.optional(z.nullable(z.literal([1, 2, 3]))),
  ExecutionDate: z.string(),
  SourceReference: z.string(),
  Amount: z.number(),
  Currency: z.string(),
  StructuredReference: z.optional(z.nullable(z.string())),
  Description: z.optional(z.nullable(z.string())),
  Creditor: z.object({ Name: z.string(), CountryCode: z.string(), AccountNumber: z.string(), Bic: z.optional(z.nullable(z.string())) }),
});

const intentSchema = z.object({
  companyId: z.string(),
  request: contract<PaymentRequest>()(z.object({ MessageId: z.string(), AccountNumber: z.string(), PaymentLines: z.array(lineSchema) })),
});
export type PaymentIntent = z.infer<typeof intentSchema>;

/** The one payment this tab is sending (or could not confirm), per environment and user. */
export function intentStore(storage: () => Storage, scope: readonly [string, string]): Kept<PaymentIntent | null> {
  return kept(storage, `obe.payment-intent:${scope[0]}:${scope[1]}`, z.nullable(intentSchema), null);
}
