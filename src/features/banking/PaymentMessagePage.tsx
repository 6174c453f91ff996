import { useEffect, useRef, type ReactNode } from 'react';
import { useHistoryState } from 'wouter/use-browser-location';
import { useCompanies } from '../../api/companies';
import { usePaymentMessage, type Payment } from '../../api/payments';
import { ApiErrorAlert } from '../api-error/ApiErrorAlert';
import { Status } from '../../components/Status';
import { BackLink } from '../../components/BackLink';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormat } from '../../i18n/format';
import { useMessages } from '../../i18n/messages';
import { paymentMessageMessages, paymentsMessages } from './messages';
import type { SubmittedState } from './NewPaymentPage';
import './banking.css';

/** Every payment of one payment message, field by field. */
export function PaymentMessagePage({ messageId }: { messageId: string }) {
  const t = useMessages(paymentMessageMessages);
  const message = usePaymentMessage(messageId);
  const submitted = useHistoryState<SubmittedState | null>()?.submitted === true;
  const notice = useRef<HTMLParagraphElement>(null);
  // The form that sent the user here is gone; the confirmation takes the focus, so it is read out.
  useEffect(() => {
    if (submitted) notice.current?.focus();
  }, [submitted]);
  useDocumentTitle(t.title);
  const payments = message.data;
  const companyId = payments?.[0]?.CompanyId;

  return (
    <section aria-labelledby="payment-message-title" className="banking-page">
      <BackLink href={companyId ? `/payments?company=${encodeURIComponent(companyId)}` : '/payments'}>{t.backToPayments}</BackLink>
      <h1 id="payment-message-title">{t.title}</h1>
      <p className="muted">
        {t.messageId}: <span className="mono">{messageId}</span>
      </p>
      {submitted ? (
        <p ref={notice} role="status" tabIndex={-1} className="notice">
          {t.submitted}
        </p>
      ) : null}
      {message.isPending ? <Status>{t.loading}</Status> : null}
      {message.error ? <ApiErrorAlert title={t.failed} error={message.error} onRetry={() => void message.refetch()} /> : null}
      {payments?.map((payment, index) => <PaymentDetails key={payment.PaymentId} payment={payment} index={index} count={payments.length} />)}
    </section>
  );
}

function PaymentDetails({ payment, index, count }: { payment: Payment; index: number; count: number }) {
  const t = useMessages(paymentMessageMessages);
  const statusNames = useMessages(paymentsMessages).statusNames;
  const format = useFormat();
  const companies = useCompanies();
  const companyName = companies.data?.find((company) => company.CompanyId === payment.CompanyId)?.Name;
  const headingId = `payment-${payment.PaymentId}`;
  const rows: [string, ReactNode][] = [
    [t.status, statusNames[payment.Status]],
    [t.creditorName, payment.CreditorName],
    [t.creditAccount, <span className="mono">{payment.CreditAccountNo}</span>],
    [t.debitAccount, <span className="mono">{payment.DebitAccountNo}</span>],
    [t.amount, format.money(payment.Amount, payment.Currency)],
    [t.currency, payment.Currency],
    [t.dueDate, format.date(payment.DueDate)],
    [t.message, payment.Message ?? t.none],
    [t.kid, payment.Kid ? <span className="mono">{payment.Kid}</span> : t.none],
    [t.company, companyName ? `${companyName} (${payment.CompanyId})` : payment.CompanyId],
    [t.createdAt, format.dateTime(payment.CreatedAt)],
    [t.paymentId, <span className="mono">{payment.PaymentId}</span>],
  ];
  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.paymentHeading(index + 1, count, payment.CreditorName)}</h2>
      <dl className="details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
