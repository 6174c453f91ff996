import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { useAllAccounts, type CompanyAccounts } from '../../api/accounts';
import { ApiError } from '../../api/errors';
import { useCreatePayments } from '../../api/payments';
import { serverFieldErrors } from '../../api/problem-fields';
import { Alert } from '../../components/Alert';
import { ApiErrorAlert } from '../api-error/ApiErrorAlert';
import { Status } from '../../components/Status';
import { BackLink } from '../../components/BackLink';
import { useDocumentTitle } from '../../components/use-document-title';
import { useMessages } from '../../i18n/messages';
import { bankingToday } from '../../lib/banking-day';
import { IdempotencyKeys } from './idempotency-keys';
import { newPaymentMessages } from './messages';
import {
  debitAccountKey,
  limits,
  paymentFields,
  placeServerErrors,
  validatePaymentForm,
  type DebitAccount,
  type PaymentField,
  type PaymentFormErrors,
  type PaymentFormValues,
} from './payment-form';
import './banking.css';

const emptyForm = (today: string): PaymentFormValues => ({ debitAccount: '', creditorName: '', creditAccount: '', amount: '', dueDate: today, message: '' });

/** Shown on the new message's page; kept in the history entry so it is not in the address. */
export interface SubmittedState {
  submitted: true;
}

export function NewPaymentPage() {
  const t = useMessages(newPaymentMessages);
  useDocumentTitle(t.title);
  const accounts = useAllAccounts();

  let content: ReactNode;
  if (accounts.isPending) content = <Status>{t.loadingAccounts}</Status>;
  else if (accounts.error) content = <ApiErrorAlert title={t.accountsFailed} error={accounts.error} onRetry={accounts.refetch} />;
  else if (accounts.data) {
    const groups = accounts.data
      .map(({ company, accounts: list }) => ({ company, accounts: list.filter((account) => account.ReadyForPayments) }))
      .filter((group) => group.accounts.length > 0);
    content = groups.length === 0 ? <p>{t.noDebitAccounts}</p> : <PaymentForm groups={groups} />;
  }

  return (
    <section aria-labelledby="new-payment-title" className="banking-page">
      <BackLink href="/payments">{t.backToPayments}</BackLink>
      <h1 id="new-payment-title">{t.title}</h1>
      {content}
    </section>
  );
}

/** `groups`: the companies with accounts ready for payments, and only those accounts. */
function PaymentForm({ groups }: { groups: CompanyAccounts[] }) {
  const t = useMessages(newPaymentMessages);
  const id = useId();
  const [, navigate] = useLocation();
  const [today] = useState(bankingToday);
  const [values, setValues] = useState(() => emptyForm(today));
  const [errors, setErrors] = useState<PaymentFormErrors>({});
  const [serverErrors, setServerErrors] = useState<Partial<Record<PaymentField, string>>>({});
  const [failure, setFailure] = useState<{ error: unknown; other: string[]; focus: boolean } | null>(null);
  const [keys] = useState(() => new IdempotencyKeys());
  const form = useRef<HTMLFormElement>(null);
  const failureBox = useRef<HTMLDivElement>(null);
  // Set before React re-renders the disabled button, so a second click in the same moment is ignored.
  const inFlight = useRef(false);
  const createPayments = useCreatePayments();

  const debitAccounts: DebitAccount[] = groups.flatMap(({ company, accounts }) =>
    accounts.map((account) => ({ companyId: company.CompanyId, accountNo: account.AccountNo, currency: account.Currency })),
  );
  const currency = debitAccounts.find((account) => debitAccountKey(account) === values.debitAccount)?.currency;
  const fieldId = (field: PaymentField) => `${id}-${field}`;

  const focusFirst = (fields: Partial<Record<PaymentField, unknown>>) => {
    const first = paymentFields.find((field) => fields[field]);
    if (first) document.getElementById(fieldId(first))?.focus();
    return first !== undefined;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inFlight.current) return;
    const result = validatePaymentForm(values, { today: bankingToday(), accounts: debitAccounts });
    setServerErrors({});
    setFailure(null);
    if (!result.ok) {
      setErrors(result.errors);
      focusFirst(result.errors);
      return;
    }
    setErrors({});
    const { companyId, request } = result;
    inFlight.current = true;
    createPayments.mutate(
      { companyId, request, idempotencyKey: keys.keyFor({ companyId, request }) },
      {
        onSuccess: (message) => {
          keys.succeeded();
          navigate(`/payments/${encodeURIComponent(message.MessageId)}`, { state: { submitted: true } satisfies SubmittedState });
        },
        onError: (error) => {
          const placed = placeServerErrors(serverFieldErrors(error));
          setServerErrors(placed.fields);
          setFailure({ error, other: placed.other, focus: !focusFirst(placed.fields) });
        },
        onSettled: () => {
          inFlight.current = false;
        },
      },
    );
  };

  const change = (field: PaymentField, value: string) => setValues({ ...values, [field]: value });

  const describedBy = (field: PaymentField, ...extra: string[]) => {
    const ids = [...extra];
    if (errors[field] || serverErrors[field]) ids.push(`${fieldId(field)}-error`);
    return ids.length > 0 ? ids.join(' ') : undefined;
  };

  const fieldError = (field: PaymentField) => {
    const problem = errors[field];
    const server = serverErrors[field];
    if (!problem && !server) return null;
    return (
      <small id={`${fieldId(field)}-error`} className="field-error">
        {problem ? t.problems[problem] : `${t.apiSays} ${server ?? ''}`}
      </small>
    );
  };

  // The submit button was disabled while sending, so the focus is gone: bring it to what went wrong.
  useEffect(() => {
    if (failure?.focus) failureBox.current?.focus();
  }, [failure]);

  const invalid = (field: PaymentField) => (errors[field] || serverErrors[field] ? true : undefined);
  const pending = createPayments.isPending;
  const unconfirmed = failure?.error instanceof ApiError && failure.error.retryable;

  return (
    <form ref={form} className="card payment-form" onSubmit={onSubmit} noValidate aria-labelledby="new-payment-title">
      {failure ? (
        <div ref={failureBox} tabIndex={-1} className="form-failure">
          <ApiErrorAlert
            title={unconfirmed ? `${t.unconfirmed} ${t.safeToRetry}` : t.failed}
            error={failure.error}
            onRetry={unconfirmed ? () => form.current?.requestSubmit() : undefined}
          />
          {failure.other.length > 0 ? (
            <Alert>
              {t.apiSays} {failure.other.join(' ')}
            </Alert>
          ) : null}
        </div>
      ) : null}

      <div className="field">
        <label htmlFor={fieldId('debitAccount')}>{t.debitAccount}</label>
        <select
          id={fieldId('debitAccount')}
          value={values.debitAccount}
          required
          aria-invalid={invalid('debitAccount')}
          aria-describedby={describedBy('debitAccount', `${fieldId('debitAccount')}-hint`)}
          onChange={(event) => change('debitAccount', event.target.value)}
        >
          <option value="">{t.chooseAccount}</option>
          {groups.map(({ company, accounts }) => (
            <optgroup key={company.CompanyId} label={company.Name}>
              {accounts.map((account) => (
                <option key={account.AccountNo} value={debitAccountKey({ companyId: company.CompanyId, accountNo: account.AccountNo, currency: account.Currency })}>
                  {`${account.Name ?? account.AccountNo} · ${account.AccountNo} · ${account.Currency}`}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <small id={`${fieldId('debitAccount')}-hint`} className="muted">
          {t.debitAccountHint}
        </small>
        {fieldError('debitAccount')}
      </div>

      <div className="field">
        <label htmlFor={fieldId('creditorName')}>{t.creditorName}</label>
        <input
          id={fieldId('creditorName')}
          value={values.creditorName}
          required
          autoComplete="off"
          maxLength={limits.creditorName + 20}
          aria-invalid={invalid('creditorName')}
          aria-describedby={describedBy('creditorName')}
          onChange={(event) => change('creditorName', event.target.value)}
        />
        {fieldError('creditorName')}
      </div>

      <div className="field">
        <label htmlFor={fieldId('creditAccount')}>{t.creditAccount}</label>
        <input
          id={fieldId('creditAccount')}
          value={values.creditAccount}
          required
          autoComplete="off"
          spellCheck={false}
          className="mono"
          aria-invalid={invalid('creditAccount')}
          aria-describedby={describedBy('creditAccount', `${fieldId('creditAccount')}-hint`)}
          onChange={(event) => change('creditAccount', event.target.value)}
        />
        <small id={`${fieldId('creditAccount')}-hint`} className="muted">
          {t.creditAccountHint}
        </small>
        {fieldError('creditAccount')}
      </div>

      <div className="field">
        <label htmlFor={fieldId('amount')}>{t.amount}</label>
        <div className="input-with-unit">
          <input
            id={fieldId('amount')}
            value={values.amount}
            required
            inputMode="decimal"
            autoComplete="off"
            aria-invalid={invalid('amount')}
            aria-describedby={describedBy('amount', `${fieldId('amount')}-currency`, `${fieldId('amount')}-hint`)}
            onChange={(event) => change('amount', event.target.value)}
          />
          <span id={`${fieldId('amount')}-currency`} className="unit">
            {currency ?? <span className="muted">{t.noCurrency}</span>}
          </span>
        </div>
        <small id={`${fieldId('amount')}-hint`} className="muted">
          {t.amountHint}
        </small>
        {fieldError('amount')}
      </div>

      <div className="field">
        <label htmlFor={fieldId('dueDate')}>{t.dueDate}</label>
        <input
          id={fieldId('dueDate')}
          type="date"
          value={values.dueDate}
          min={today}
          required
          aria-invalid={invalid('dueDate')}
          aria-describedby={describedBy('dueDate')}
          onChange={(event) => change('dueDate', event.target.value)}
        />
        {fieldError('dueDate')}
      </div>

      <div className="field">
        <label htmlFor={fieldId('message')}>{t.message}</label>
        <textarea
          id={fieldId('message')}
          value={values.message}
          rows={3}
          aria-invalid={invalid('message')}
          aria-describedby={describedBy('message', `${fieldId('message')}-hint`)}
          onChange={(event) => change('message', event.target.value)}
        />
        <small id={`${fieldId('message')}-hint`} className="muted">
          {t.messageHint(limits.message)}
        </small>
        {fieldError('message')}
      </div>

      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? t.submitting : t.submit}
        </button>
        <span role="status" className="visually-hidden">
          {pending ? t.submitting : ''}
        </span>
      </div>
    </form>
  );
}
