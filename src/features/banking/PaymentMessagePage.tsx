import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useHistoryState } from 'wouter/use-browser-location';
import { isUnsetDate } from '../../api/iso';
import { useApprovePayments, useDismissPayments, usePaymentsOfMessage, type ApproveAnswer, type DismissAnswer } from '../../api/payments';
import { Alert } from '../../components/Alert';
import { ApiErrorAlert } from '../api-error/ApiErrorAlert';
import { BackLink } from '../../components/BackLink';
import { Pager } from '../../components/Pager';
import { Status } from '../../components/Status';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormat } from '../../i18n/format';
import { useMessages } from '../../i18n/messages';
import { orDash, paymentMessageMessages, paymentsMessages, dash } from './messages';
import type { SubmittedState } from './use-send-payment';
import './banking.css';

export const statusPageSize = 50;

/** The payments of one message, by `GET /api/v3/payments/{messageId}` with skip/take, and approve or dismiss them. */
export function PaymentMessagePage({ messageId }: { messageId: string }) {
  const t = useMessages(paymentMessageMessages);
  const statusNames = useMessages(paymentsMessages).statusNames;
  const format = useFormat();
  const [skip, setSkip] = useState(0);
  const payments = usePaymentsOfMessage(messageId, { skip, take: statusPageSize });
  const submitted = useHistoryState<SubmittedState | null>()?.submitted === true;
  const notice = useRef<HTMLParagraphElement>(null);
  // The form that sent the user here is gone; the confirmation takes the focus, so it is read out.
  useEffect(() => {
    if (submitted) notice.current?.focus();
  }, [submitted]);
  useDocumentTitle(t.title);
  const page = payments.data;
  const decidable = page?.Payments.some((payment) => payment.Status === 0 || payment.Status === 1) ?? false;
  // Once the user has acted, the answer stays in view even when the new status takes the choice away.
  const [acted, setActed] = useState(false);

  return (
    <section aria-labelledby="payment-message-title" className="banking-page">
      <BackLink href="/payments">{t.backToPayments}</BackLink>
      <h1 id="payment-message-title">{t.title}</h1>
      <p className="muted">
        {t.messageId}: <span className="mono">{messageId}</span>
      </p>
      {submitted ? (
        <p ref={notice} role="status" tabIndex={-1} className="notice">
          {t.submitted}
        </p>
      ) : null}
      {payments.isPending ? <Status>{t.loading}</Status> : null}
      {payments.error ? <ApiErrorAlert title={t.failed} error={payments.error} onRetry={() => void payments.refetch()} /> : null}
      {page ? (
        <>
          <div className="table-scroll" role="region" tabIndex={0} aria-label={t.caption}>
            <table aria-busy={payments.isPlaceholderData || undefined}>
              <caption className="visually-hidden">{t.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.sourceReference}</th>
                  <th scope="col">{t.status}</th>
                  <th scope="col">{t.executionDate}</th>
                  <th scope="col">{t.message}</th>
                  <th scope="col">{t.paymentId}</th>
                </tr>
              </thead>
              <tbody>
                {page.Payments.map((payment) => (
                  <tr key={payment.PaymentId}>
                    <td className="mono">{orDash(payment.SourceReference)}</td>
                    <td>
                      <span className={`payment-status payment-status-${payment.Status}`}>{statusNames[payment.Status]}</span>
                    </td>
                    <td>{isUnsetDate(payment.ExecutionDate) || !payment.ExecutionDate ? dash : format.date(payment.ExecutionDate.slice(0, 10))}</td>
                    <td>{orDash(payment.Message)}</td>
                    <td className="mono">{payment.PaymentId}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager skip={skip} take={statusPageSize} total={page.Total} shown={page.Payments.length} onPage={setSkip} />
          {decidable || acted ? <Decision messageId={messageId} onAnswer={() => setActed(true)} /> : null}
        </>
      ) : null}
    </section>
  );
}

/** Approve, or dismiss with a reason; the API decides whether this user may, and the answer is worded here. */
function Decision({ messageId, onAnswer }: { messageId: string; onAnswer: () => void }) {
  const t = useMessages(paymentMessageMessages);
  const id = useId();
  const approve = useApprovePayments(messageId);
  const dismiss = useDismissPayments(messageId);
  const [reason, setReason] = useState('');
  const [answer, setAnswer] = useState<{ kind: 'approve'; value: ApproveAnswer } | { kind: 'dismiss'; value: DismissAnswer } | null>(null);
  const busy = approve.isPending || dismiss.isPending;

  const onApprove = () => {
    setAnswer(null);
    approve.mutate(undefined, {
      onSuccess: (value) => {
        setAnswer({ kind: 'approve', value });
        onAnswer();
      },
    });
  };
  const onDismiss = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAnswer(null);
    dismiss.mutate(reason.trim(), {
      onSuccess: (value) => {
        setAnswer({ kind: 'dismiss', value });
        onAnswer();
      },
    });
  };

  let said = null;
  if (answer?.kind === 'approve') {
    const text = [t.approveResults[answer.value.Status], answer.value.Success && answer.value.ApprovalsRemaining > 0 ? t.remaining(answer.value.ApprovalsRemaining) : ''].filter(Boolean).join(' ');
    said = answer.value.Success ? <p role="status" className="notice">{text}</p> : <Alert>{text}</Alert>;
  } else if (answer?.kind === 'dismiss') {
    const text = t.dismissResults[answer.value.Status];
    said = answer.value.Success ? <p role="status" className="notice">{text}</p> : <Alert>{text}</Alert>;
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.approveTitle}</h2>
      <p className="muted">{t.approveIntro}</p>
      {said}
      {approve.error ? <ApiErrorAlert title={t.approveFailed} error={approve.error} /> : null}
      {dismiss.error ? <ApiErrorAlert title={t.dismissFailed} error={dismiss.error} /> : null}
      <div className="actions">
        <button type="button" className="primary" onClick={onApprove} disabled={busy}>
          {approve.isPending ? t.approving : t.approve}
        </button>
      </div>
      <form onSubmit={onDismiss} className="dismiss-form">
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t.reason}</label>
          <input id={`${id}-reason`} value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />
        </div>
        <button type="submit" disabled={busy}>
          {dismiss.isPending ? t.dismissing : t.dismiss}
        </button>
      </form>
    </section>
  );
}
