import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useAccounts, type BankAccount } from '../../api/accounts';
import { Alert } from '../../components/Alert';
import { ApiErrorAlert } from '../api-error/ApiErrorAlert';
import { BackLink } from '../../components/BackLink';
import { Status } from '../../components/Status';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormat } from '../../i18n/format';
import { useMessages } from '../../i18n/messages';
import { AddCompanyForm } from './AddCompanyForm';
import { bankingToday } from '../../lib/banking-day';
import { CompanySwitch } from './CompanySwitch';
import { newPaymentMessages } from './messages';
import {
  buildPaymentRequest,
  emptyLine,
  hasErrors,
  limits,
  lineFields,
  validatePaymentForm,
  type DebitAccount,
  type LineField,
  type PaymentFormErrors,
  type PaymentFormValues,
} from './payment-form';
import type { PaymentIntent } from './payment-store';
import { useCompanies } from './stores';
import { useSendPayment } from './use-send-payment';
import './banking.css';

type Sender = ReturnType<typeof useSendPayment>;

export function NewPaymentPage() {
  const t = useMessages(newPaymentMessages);
  useDocumentTitle(t.title);
  const { current } = useCompanies();
  const sender = useSendPayment();
  const pending = sender.intent !== null && (sender.outcome !== null || !sender.fromForm);

  let content: ReactNode;
  if (sender.intent && pending) content = <PendingIntent intent={sender.intent} sender={sender} />;
  else if (!current) {
    content = (
      <>
        <p>{t.noCompany}</p>
        <AddCompanyForm />
      </>
    );
  } else content = <CompanyPaymentForm key={current} companyId={current} sender={sender} />;

  return (
    <section aria-labelledby="new-payment-title" className="banking-page">
      <BackLink href="/payments">{t.backToPayments}</BackLink>
      <h1 id="new-payment-title">{t.title}</h1>
      {content}
    </section>
  );
}

/** A payment this tab sent whose outcome is not known (a lost answer, or a reload while sending): checked before anything else. */
function PendingIntent({ intent, sender }: { intent: PaymentIntent; sender: Sender }) {
  const t = useMessages(newPaymentMessages);
  const format = useFormat();
  const box = useRef<HTMLDivElement>(null);
  const { outcome, phase, run, isBusy } = sender;

  // After a reload nothing is running yet: ask the API for the MessageId first.
  useEffect(() => {
    if (!isBusy() && outcome === null) void run(intent, { lookupFirst: true, form: false });
  }, [intent, outcome, run, isBusy]);
  useEffect(() => {
    if (outcome) box.current?.focus();
  }, [outcome]);

  const total = intent.request.PaymentLines.reduce((sum, line) => sum + line.Amount, 0);
  const currency = intent.request.PaymentLines[0]?.Currency;
  return (
    <div ref={box} tabIndex={-1} className="card pending-intent" aria-labelledby="pending-title">
      <h2 id="pending-title">{t.inProgress}</h2>
      <p>{t.inProgressIntro(intent.request.MessageId)}</p>
      <p className="mono">
        {intent.request.AccountNumber} · {intent.request.PaymentLines.length} × · {currency ? format.money(total, currency) : total}
      </p>
      {phase === 'checking' ? <Status>{t.checking}</Status> : null}
      {phase === 'sending' ? <Status>{t.submitting}</Status> : null}
      {outcome?.kind === 'lookup_failed' || outcome?.kind === 'absent' ? (
        <ApiErrorAlert title={outcome.kind === 'lookup_failed' ? t.lookupFailed : t.absent} error={outcome.error} />
      ) : null}
      {phase === 'idle' ? (
        <button type="button" className="primary" onClick={() => void run(intent, { lookupFirst: true, form: false })}>
          {t.checkAgain}
        </button>
      ) : null}
    </div>
  );
}

function CompanyPaymentForm({ companyId, sender }: { companyId: string; sender: Sender }) {
  const t = useMessages(newPaymentMessages);
  const accounts = useAccounts(companyId);
  if (accounts.isPending) return <Status>{t.loadingAccounts}</Status>;
  if (accounts.error) return <ApiErrorAlert title={t.accountsFailed} error={accounts.error} onRetry={() => void accounts.refetch()} />;
  const ready = accounts.data.filter((account): account is BankAccount & { Currency: string } => account.ReadyForPayments && Boolean(account.Currency));
  return (
    <>
      <CompanySwitch />
      {ready.length === 0 ? <p>{t.noDebitAccounts}</p> : <PaymentForm companyId={companyId} accounts={ready.map((account) => ({ accountNumber: account.AccountNumber, currency: account.Currency }))} sender={sender} />}
    </>
  );
}

const noErrors: PaymentFormErrors = { lines: [] };

function PaymentForm({ companyId, accounts, sender }: { companyId: string; accounts: DebitAccount[]; sender: Sender }) {
  const t = useMessages(newPaymentMessages);
  const id = useId();
  const [today] = useState(bankingToday);
  const [values, setValues] = useState<PaymentFormValues>(() => ({ debitAccount: '', executionDate: today, lines: [emptyLine()] }));
  const [errors, setErrors] = useState<PaymentFormErrors>(noErrors);
  const failureBox = useRef<HTMLDivElement>(null);
  const refused = sender.outcome?.kind === 'refused' ? sender.outcome : null;
  const sending = sender.phase !== 'idle';
  const currency = accounts.find((account) => account.accountNumber === values.debitAccount)?.currency;

  const fieldId = (field: string, line?: number) => (line === undefined ? `${id}-${field}` : `${id}-${line}-${field}`);

  const focusFirst = (found: PaymentFormErrors) => {
    if (found.debitAccount) return document.getElementById(fieldId('debitAccount'))?.focus();
    if (found.executionDate) return document.getElementById(fieldId('executionDate'))?.focus();
    found.lines.some((line, index) => {
      const field = lineFields.find((name) => line[name]);
      if (field) document.getElementById(fieldId(field, index))?.focus();
      return field !== undefined;
    });
  };

  // The submit button was disabled while sending, so the focus is gone: bring it to what went wrong.
  useEffect(() => {
    if (refused) failureBox.current?.focus();
  }, [refused]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sender.isBusy()) return;
    const result = validatePaymentForm(values, { today: bankingToday(), accounts });
    if (!result.ok) {
      setErrors(result.errors);
      focusFirst(result.errors);
      return;
    }
    setErrors(noErrors);
    // One MessageId per intended payment, made here once; every retry and check of it reuses it.
    const intent: PaymentIntent = { companyId, request: buildPaymentRequest(result.draft, crypto.randomUUID()) };
    void sender.run(intent, { lookupFirst: false, form: true });
  };

  const setLine = (index: number, field: LineField, value: string) =>
    setValues({ ...values, lines: values.lines.map((line, at) => (at === index ? { ...line, [field]: value } : line)) });

  const removeLine = (index: number) => {
    setValues({ ...values, lines: values.lines.filter((_, at) => at !== index) });
    setErrors({ ...errors, lines: errors.lines.filter((_, at) => at !== index) });
    document.getElementById(fieldId('addLine'))?.focus();
  };

  const addLine = () => {
    setValues({ ...values, lines: [...values.lines, emptyLine()] });
    // The new line's first field, once it is there.
    requestAnimationFrame(() => document.getElementById(fieldId('creditorName', values.lines.length))?.focus());
  };

  const described = (ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

  const lineField = (index: number, field: LineField, label: string, options: { hint?: string; mono?: boolean; inputMode?: 'decimal' | 'numeric'; unit?: ReactNode } = {}) => {
    const problem = errors.lines[index]?.[field];
    const inputId = fieldId(field, index);
    const input = (
      <input
        id={inputId}
        value={values.lines[index]?.[field] ?? ''}
        autoComplete="off"
        spellCheck={false}
        className={options.mono ? 'mono' : undefined}
        inputMode={options.inputMode}
        aria-invalid={problem ? true : undefined}
        aria-describedby={described([options.unit ? `${inputId}-unit` : false, options.hint ? `${inputId}-hint` : false, problem ? `${inputId}-error` : false])}
        onChange={(event) => setLine(index, field, event.target.value)}
      />
    );
    return (
      <div className="field">
        <label htmlFor={inputId}>{label}</label>
        {options.unit ? (
          <div className="input-with-unit">
            {input}
            <span id={`${inputId}-unit`} className="unit">
              {options.unit}
            </span>
          </div>
        ) : (
          input
        )}
        {options.hint ? (
          <small id={`${inputId}-hint`} className="muted">
            {options.hint}
          </small>
        ) : null}
        {problem ? (
          <small id={`${inputId}-error`} className="field-error">
            {t.problems[problem]}
          </small>
        ) : null}
      </div>
    );
  };

  return (
    <form className="card payment-form" onSubmit={onSubmit} noValidate aria-labelledby="new-payment-title">
      {refused ? (
        <div ref={failureBox} tabIndex={-1} className="form-failure">
          <ApiErrorAlert title={t.refused} error={refused.error} />
        </div>
      ) : null}
      {hasErrors(errors) ? <Alert>{t.problems[errors.debitAccount ?? errors.executionDate ?? firstLineProblem(errors) ?? 'debit_account_required']}</Alert> : null}

      <div className="field">
        <label htmlFor={fieldId('debitAccount')}>{t.debitAccount}</label>
        <select
          id={fieldId('debitAccount')}
          value={values.debitAccount}
          className="mono"
          aria-invalid={errors.debitAccount ? true : undefined}
          aria-describedby={described([`${fieldId('debitAccount')}-hint`, errors.debitAccount && `${fieldId('debitAccount')}-error`])}
          onChange={(event) => setValues({ ...values, debitAccount: event.target.value })}
        >
          <option value="">{t.chooseAccount}</option>
          {accounts.map((account) => (
            <option key={account.accountNumber} value={account.accountNumber}>
              {`${account.accountNumber} (${account.currency})`}
            </option>
          ))}
        </select>
        <small id={`${fieldId('debitAccount')}-hint`} className="muted">
          {t.debitAccountHint}
        </small>
        {errors.debitAccount ? (
          <small id={`${fieldId('debitAccount')}-error`} className="field-error">
            {t.problems[errors.debitAccount]}
          </small>
        ) : null}
      </div>

      <div className="field">
        <label htmlFor={fieldId('executionDate')}>{t.executionDate}</label>
        <input
          id={fieldId('executionDate')}
          type="date"
          value={values.executionDate}
          min={today}
          aria-invalid={errors.executionDate ? true : undefined}
          aria-describedby={errors.executionDate ? `${fieldId('executionDate')}-error` : undefined}
          onChange={(event) => setValues({ ...values, executionDate: event.target.value })}
        />
        {errors.executionDate ? (
          <small id={`${fieldId('executionDate')}-error`} className="field-error">
            {t.problems[errors.executionDate]}
          </small>
        ) : null}
      </div>

      {values.lines.map((_, index) => (
        <fieldset key={index} className="payment-line">
          <legend>{t.line(index + 1)}</legend>
          {lineField(index, 'creditorName', t.creditorName)}
          {lineField(index, 'creditAccount', t.creditAccount, { hint: t.creditAccountHint, mono: true })}
          {lineField(index, 'amount', t.amount, { hint: t.amountHint, inputMode: 'decimal', unit: currency ?? <span className="muted">{t.noCurrency}</span> })}
          {lineField(index, 'kid', t.kid, { hint: t.referenceHint, mono: true, inputMode: 'numeric' })}
          {lineField(index, 'message', t.message, { hint: `${t.referenceHint} ≤ ${limits.message}` })}
          {values.lines.length > 1 ? (
            <button type="button" onClick={() => removeLine(index)}>
              {t.removeLine(index + 1)}
            </button>
          ) : null}
        </fieldset>
      ))}

      <div className="actions">
        {values.lines.length < limits.maxLines ? (
          <button type="button" id={fieldId('addLine')} onClick={addLine}>
            {t.addLine}
          </button>
        ) : null}
        <button type="submit" className="primary" disabled={sending}>
          {sending ? t.submitting : t.submit}
        </button>
        <span role="status" className="visually-hidden">
          {sender.phase === 'checking' ? t.checking : sending ? t.submitting : ''}
        </span>
      </div>
    </form>
  );
}

function firstLineProblem(errors: PaymentFormErrors) {
  for (const line of errors.lines) {
    const field = lineFields.find((name) => line[name]);
    if (field) return line[field];
  }
  return undefined;
}
