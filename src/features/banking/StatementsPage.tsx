import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'wouter';
import { useAccount } from '../../api/accounts';
import { useStatements, type StatementQuery } from '../../api/statements';
import { ApiErrorAlert } from '../api-error/ApiErrorAlert';
import { Pager } from '../../components/Pager';
import { Status } from '../../components/Status';
import { BackLink } from '../../components/BackLink';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormat } from '../../i18n/format';
import { useMessages } from '../../i18n/messages';
import { SignedAmount } from './SignedAmount';
import { bankingToday } from '../../lib/banking-day';
import { statementsMessages } from './messages';
import {
  statementPageSize,
  statementViewFromSearch,
  statementViewToSearch,
  validateStatementFilter,
  type FilterErrors,
  type StateChoice,
  type StatementView,
} from './statement-filter';
import './banking.css';

/** One account's transactions, filtered by dates and state, 50 at a time. */
export function StatementsPage({ companyId, accountNo }: { companyId: string; accountNo: string }) {
  const t = useMessages(statementsMessages);
  const format = useFormat();
  const account = useAccount(companyId, accountNo);
  const [searchParams, setSearchParams] = useSearchParams();
  const [today] = useState(bankingToday);
  const view = statementViewFromSearch(searchParams, today);
  const query: StatementQuery = {
    accountNo,
    fromDate: view.fromDate,
    toDate: view.toDate,
    ...(view.state === 'all' ? {} : { state: view.state }),
    skip: view.skip,
    take: statementPageSize,
  };
  const statements = useStatements(companyId, query);
  const name = account.data?.Name ?? accountNo;
  useDocumentTitle(`${t.documentTitle}: ${name}`);

  const show = (next: StatementView) => setSearchParams(statementViewToSearch(next));

  const page = statements.data;
  return (
    <section aria-labelledby="statement-title" className="banking-page">
      <BackLink href="/">{t.backToAccounts}</BackLink>
      <h1 id="statement-title">{t.title(name)}</h1>
      {account.isPending ? <Status>{t.loadingAccount}</Status> : null}
      {account.error ? <ApiErrorAlert title={t.accountFailed} error={account.error} onRetry={() => void account.refetch()} /> : null}
      {account.data ? (
        <dl className="facts">
          <div>
            <dt>{t.accountNo}</dt>
            <dd className="mono">{account.data.AccountNo}</dd>
          </div>
          <div>
            <dt>{t.iban}</dt>
            <dd className="mono">{account.data.Iban ?? '—'}</dd>
          </div>
          <div>
            <dt>{t.balance}</dt>
            <dd>{account.data.Balance === undefined ? '—' : format.money(account.data.Balance, account.data.Currency)}</dd>
          </div>
        </dl>
      ) : null}

      {/* A new form when the address changes (Back, Forward), so it shows what the table shows. */}
      <StatementFilterForm key={`${view.fromDate} ${view.toDate} ${view.state}`} view={view} onApply={show} />

      <h2 id="transactions-title">{t.transactions}</h2>
      {statements.isPending ? <Status>{t.loading}</Status> : null}
      {statements.error ? <ApiErrorAlert title={t.failed} error={statements.error} onRetry={() => void statements.refetch()} /> : null}
      {page ? (
        page.Total === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <>
            {statements.isPlaceholderData ? <Status>{t.updating}</Status> : null}
            <div className="table-scroll">
              <table aria-busy={statements.isPlaceholderData || undefined}>
                <caption className="visually-hidden">{t.caption(format.date(view.fromDate), format.date(view.toDate))}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.bookingDate}</th>
                    <th scope="col">{t.description}</th>
                    <th scope="col">{t.counterparty}</th>
                    <th scope="col">{t.reference}</th>
                    <th scope="col">{t.state}</th>
                    <th scope="col" className="number">
                      {t.amount}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {page.Items.map((entry) => (
                    <tr key={entry.EntryId}>
                      <td>{format.date(entry.BookingDate)}</td>
                      <td>{entry.Description}</td>
                      <td>{entry.Counterparty ?? ''}</td>
                      <td className="mono">{entry.Reference ?? ''}</td>
                      <td>{t.states[entry.State]}</td>
                      <td className="number">
                        <SignedAmount amount={entry.Amount} currency={entry.Currency} inWord={t.credit} outWord={t.debit} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              skip={page.Skip ?? view.skip}
              take={page.Take ?? statementPageSize}
              total={page.Total}
              shown={page.Items.length}
              onPage={(skip) => show({ ...view, skip })}
            />
          </>
        )
      ) : null}
    </section>
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
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
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
        <select id={`${id}-state`} value={values.state} onChange={(event) => setValues({ ...values, state: event.target.value as StateChoice })}>
          <option value="all">{t.allStates}</option>
          <option value="Booked">{t.states.Booked}</option>
          <option value="Pending">{t.states.Pending}</option>
        </select>
      </div>
      <div className="field filter-submit">
        <button type="submit" className="primary">
          {t.apply}
        </button>
      </div>
    </form>
  );
}
