import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'wouter';
import { isUnsetDate } from '../../api/iso';
import { statementStates, useStatements, type BankStatement, type StatementState } from '../../api/statements';
import { ApiErrorAlert } from '../api-error/ApiErrorAlert';
import { BackLink } from '../../components/BackLink';
import { Pager } from '../../components/Pager';
import { Status } from '../../components/Status';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormat } from '../../i18n/format';
import { useMessages } from '../../i18n/messages';
import { bankingToday } from '../../lib/banking-day';
import { dash, orDash, statementsMessages } from './messages';
import {
  statementPageSize,
  statementQuery,
  statementViewFromSearch,
  statementViewToSearch,
  validateStatementFilter,
  type FilterErrors,
  type StatementView,
} from './statement-filter';
import './banking.css';

/** A value the API may send as null, shown as a dash. */
/** One account's statement entries, filtered by the documented parameters; paged here, 50 at a time. */
export function StatementsPage({ companyId, accountNo }: { companyId: string; accountNo: string }) {
  const t = useMessages(statementsMessages);
  const format = useFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const [today] = useState(bankingToday);
  const view = statementViewFromSearch(searchParams, today);
  const statements = useStatements(companyId, statementQuery(accountNo, view));
  useDocumentTitle(`${t.documentTitle}: ${accountNo}`);

  const show = (next: StatementView) => setSearchParams(statementViewToSearch(next));
  const all = statements.data;
  const page = all?.slice(view.skip, view.skip + statementPageSize);
  const date = (value: string) => (isUnsetDate(value) ? dash : format.date(value.slice(0, 10)));

  return (
    <section aria-labelledby="statement-title" className="banking-page">
      <BackLink href="/">{t.backToAccounts}</BackLink>
      <h1 id="statement-title">{t.title(accountNo)}</h1>

      {/* A new form when the address changes (Back, Forward), so it shows what the table shows. */}
      <StatementFilterForm key={`${view.fromDate} ${view.toDate} ${view.state}`} view={view} onApply={show} />

      <h2 id="entries-title">{t.entries}</h2>
      {statements.isPending ? <Status>{t.loading}</Status> : null}
      {statements.error ? <ApiErrorAlert title={t.failed} error={statements.error} onRetry={() => void statements.refetch()} /> : null}
      {all && page ? (
        all.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <>
            <div className="table-scroll" role="region" tabIndex={0} aria-labelledby="entries-title">
              <table>
                <caption className="visually-hidden">{t.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.bookingDate}</th>
                    <th scope="col">{t.valueDate}</th>
                    <th scope="col" className="number">
                      {t.amount}
                    </th>
                    <th scope="col">{t.amountCurrency}</th>
                    <th scope="col">{t.description}</th>
                    <th scope="col">{t.name}</th>
                    <th scope="col">{t.references}</th>
                    <th scope="col">{t.codes}</th>
                    <th scope="col" className="number">
                      {t.transactionCount}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {page.map((entry, index) => (
                    <EntryRow key={entry.StatementId ?? `${view.skip + index}`} entry={entry} date={date} />
                  ))}
                </tbody>
              </table>
            </div>
            <Pager skip={view.skip} take={statementPageSize} total={all.length} shown={page.length} onPage={(skip) => show({ ...view, skip })} />
          </>
        )
      ) : null}
    </section>
  );
}

function EntryRow({ entry, date }: { entry: BankStatement; date: (value: string) => string }) {
  const t = useMessages(statementsMessages);
  const format = useFormat();
  const references: [string, string | null | undefined][] = [
    [t.archiveReference, entry.ArchiveReference],
    [t.structuredReference, entry.StructuredReference],
    [t.entryReference, entry.EntryReference],
    [t.bankInformation, entry.BankInformation],
  ];
  return (
    <tr>
      <td>{date(entry.BookingDate)}</td>
      <td>{date(entry.ValueDate)}</td>
      {/* The amount in the account's currency; AmountCurrency (the payment's own) may be null and is shown beside it. */}
      <td className="number">{format.money(entry.Amount, entry.AccountCurrency)}</td>
      <td>{orDash(entry.AmountCurrency)}</td>
      <td>{orDash(entry.Description)}</td>
      <td>{orDash(entry.Name)}</td>
      <td>
        <dl className="references">
          {references.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd className="mono">{orDash(value)}</dd>
            </div>
          ))}
        </dl>
      </td>
      <td className="mono">{orDash(entry.BankTransactionCodes)}</td>
      <td className="number">{entry.TransactionCount === undefined ? dash : format.number(entry.TransactionCount)}</td>
    </tr>
  );
}

/** The dates and state; applied on submit, checked first, then written to the address. */
function StatementFilterForm({ view, onApply }: { view: StatementView; onApply: (view: StatementView) => void }) {
  const t = useMessages(statementsMessages);
  const id = useId();
  const [values, setValues] = useState({ fromDate: view.fromDate, toDate: view.toDate, state: view.state });
  const [errors, setErrors] = useState<FilterErrors>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateStatementFilter(values);
    setErrors(found);
    const first = (['fromDate', 'toDate'] as const).find((field) => found[field]);
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    onApply({ ...values, skip: 0 });
  };

  const dateField = (field: 'fromDate' | 'toDate') => {
    const inputId = `${id}-${field}`;
    const error = errors[field];
    return (
      <div className="field">
        <label htmlFor={inputId}>{t[field]}</label>
        <input
          id={inputId}
          type="date"
          value={values[field]}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-dates-hint`, error ? `${inputId}-error` : ''].filter(Boolean).join(' ')}
          onChange={(event) => setValues({ ...values, [field]: event.target.value })}
        />
        {error ? (
          <small id={`${inputId}-error`} className="field-error">
            {t.problems[error]}
          </small>
        ) : null}
      </div>
    );
  };

  return (
    <form className="card filter-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t.filterTitle}
      </h2>
      {dateField('fromDate')}
      {dateField('toDate')}
      <div className="field">
        <label htmlFor={`${id}-state`}>{t.state}</label>
        <select
          id={`${id}-state`}
          value={values.state === null ? '' : String(values.state)}
          aria-describedby={`${id}-state-hint`}
          onChange={(event) => {
            const state = statementStates.find((candidate) => String(candidate) === event.target.value);
            setValues({ ...values, state: state ?? null });
          }}
        >
          <option value="">{t.allStates}</option>
          {statementStates.map((state: StatementState) => (
            <option key={state} value={state}>
              {t.stateName(state)}
            </option>
          ))}
        </select>
      </div>
      <div className="field filter-submit">
        <button type="submit" className="primary">
          {t.apply}
        </button>
      </div>
      <p id={`${id}-dates-hint`} className="muted filter-hint">
        {t.datesHint}
      </p>
      <p id={`${id}-state-hint`} className="muted filter-hint">
        {t.statesHint}
      </p>
    </form>
  );
}
