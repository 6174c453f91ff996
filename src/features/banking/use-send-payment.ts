import { useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { ApiError } from '../../api/errors';
import { fetchPaymentsOfMessage, postPayments } from '../../api/payments';
import { submissionStore, type PaymentIntent } from './payment-store';
import { submitPayment, type SubmissionOutcome, type SubmissionPort } from './payment-submission';
import { usePaymentIntent } from './stores';

/** Shown on the status page after a submission; kept in the history entry so it is not in the address. */
export interface SubmittedState {
  submitted: true;
}

/** The documented operations the resolver needs: POST the message, and GET it by its MessageId. */
export function submissionPort(client: ApiClient, companyId: string, onChecking: () => void): SubmissionPort {
  return {
    post: (request) => postPayments(client, companyId, request),
    lookup: async (messageId) => {
      onChecking();
      try {
        const page = await fetchPaymentsOfMessage(client, messageId, { skip: 0, take: 1 });
        return page.Payments.length > 0 || page.Total > 0 ? 'found' : 'absent';
      } catch (error) {
        if (error instanceof ApiError && error.code === 'not_found') return 'absent';
        throw error;
      }
    },
  };
}

export type SendPhase = 'idle' | 'sending' | 'checking';

/**
 * Sends the intended payment of this tab and settles it: done (recorded as the user's submission,
 * then its status page), refused (forgotten, so a changed form gets a new MessageId), or unknown
 * (kept, with its MessageId, until a later check settles it).
 */
export function useSendPayment() {
  const { client, scope } = useApi();
  const { store: intents, intent } = usePaymentIntent();
  const [, navigate] = useLocation();
  const [phase, setPhase] = useState<SendPhase>('idle');
  const [outcome, setOutcome] = useState<SubmissionOutcome | null>(null);
  const [fromForm, setFromForm] = useState(false);
  // Set before React re-renders, so a second click in the same moment is ignored.
  const busy = useRef(false);

  const run = async (next: PaymentIntent, { lookupFirst, form }: { lookupFirst: boolean; form: boolean }) => {
    if (busy.current) return;
    busy.current = true;
    intents.write(next);
    setFromForm(form);
    setOutcome(null);
    setPhase(lookupFirst ? 'checking' : 'sending');
    const result = await submitPayment(next.request, submissionPort(client, next.companyId, () => setPhase('checking')), { lookupFirst });
    busy.current = false;
    setPhase('idle');
    if (result.kind === 'created' || result.kind === 'found') {
      submissionStore(() => window.localStorage, scope, next.companyId).record({
        messageId: next.request.MessageId,
        companyId: next.companyId,
        at: new Date().toISOString(),
      });
      intents.write(null);
      navigate(`/payments/${encodeURIComponent(next.request.MessageId)}`, { state: { submitted: true } satisfies SubmittedState });
      return;
    }
    if (result.kind === 'refused') intents.write(null);
    setOutcome(result);
  };

  return { intent, phase, outcome, fromForm, isBusy: () => busy.current, run };
}
