import { useId } from 'react';
import { useSearchParams } from 'wouter';
import { isUnsetDate } from '../../api/iso';
import { inpaymentStates, useReceivables, type InpaymentState, type Receivable } from '../../api/receivables';
import { ApiErrorAlert } from '../api-error/ApiErrorAlert';
import { Pager } from '../../components/Pager';
import { Status } from '../../components/Status';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormat } from '../../i18n/format';
import { useMessages } from '../../i18n/messages';
import { CompanySwitch } from './CompanySwitch';
import { AddCompanyForm } from './AddCompanyForm';
import { dash, orDash, receivablesMessages } from './messages';
import { useCompanies } from './stores';
import './banking.css';

export const receivablePageSize = 50;

function viewFromSearch(search: URLSearchParams): { state: InpaymentState; skip: number } {
  const state = inpaymentStates.find((candidate) => String(candidate) === search.get('state')) ?? 0;
  const skip = Number(search.get('skip') ?? '0');
  return { state, skip: Number.isSafeInteger(skip) && skip >= 0 ? skip : 0 };
}

/** Incoming payments of the company shown, by `InpaymentState`, with the API's skip/take paging. */
export function ReceivablesPage() {
  const t = useMessages(receivablesMessages);
  const id = useId();
  useDocumentTitle(t.title);
  const { current } = useCompanies();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = viewFromSearch(searchParams);
  const show = (next: { state: InpaymentState; skip: number }) =>
    setSearchParams(new URLSearchParams({ state: String(next.state), ...(next.skip > 0 ? { skip: String(next.skip) } : {}) }));

  return (
    <section aria-labelledby="receivables-title" className="banking-page">
      <h1 id="receivables-title">{t.title}</h1>
      <p className="muted">{t.intro}</p>
      {current ? (
        <>
          <CompanySwitch />
          <div className="card filter-form">
            <div className="field">
              <label htmlFor={`${id}-state`}>{t.state}</label>
              <select id={`${id}-state`} value={view.state} onChange={(event) => show({ state: viewFromSearch(new URLSearchParams({ state: event.target.value })).state, skip: 0 })}>
                {inpaymentStates.map((state) => (
                  <option key={state} value={state}>
                    {t.states[state]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <ReceivableList key={current} companyId={current} view={view} onPage={(skip) => show({ ...view, skip })} />
        </>
      ) : (
        <AddCompanyForm />
      )}
    </section>
  );
}

function ReceivableList({ companyId, view, onPage }: { companyId: string; view: { state: InpaymentState; skip: number }; onPage: (skip: number) => void }) {
  const t = useMessages(receivablesMessages);
  const receivables = useReceivables(companyId, { state: view.state, skip: view.skip, take: receivablePageSize });
  const page = receivables.data;
  if (receivables.isPending) return <Status>{t.loading}</Status>;
  if (receivables.error) return <ApiErrorAlert title={t.failed} error={receivables.error} onRetry={() => void receivables.refetch()} />;
  if (!page) return null;
  const shown = page.Receivables.length;
  // Total is in Aritma's example (as 0 beside one item); when it cannot be right, a full page means there may be more.
  const total = page.Total !== undefined && page.Total >= view.skip + shown ? page.Total : view.skip + shown + (shown === receivablePageSize ? 1 : 0);
  if (shown === 0 && view.skip === 0) return <p>{t.empty}</p>;
  return (
    <>
      {receivables.isPlaceholderData ? <Status>{t.updating}</Status> : null}
      <div className="table-scroll" role="region" tabIndex={0} aria-label={t.title}>
        <table aria-busy={receivables.isPlaceholderData || undefined}>
          <caption className="visually-hidden">{t.caption(t.states[view.state])}</caption>
          <thead>
            <tr>
              <th scope="col">{t.bookingDate}</th>
              <th scope="col">{t.valueDate}</th>
              <th scope="col">{t.debtor}</th>
              <th scope="col">{t.debtorAccount}</th>
              <th scope="col">{t.account}</th>
              <th scope="col" className="number">
                {t.amount}
              </th>
              <th scope="col" className="number">
                {t.bookedAmount}
              </th>
              <th scope="col" className="number">
                {t.charge}
              </th>
              <th scope="col">{t.reference}</th>
              <th scope="col">{t.description}</th>
              <th scope="col">{t.invoice}</th>
              <th scope="col">{t.archive}</th>
              <th scope="col">{t.type}</th>
              <th scope="col">{t.code}</th>
            </tr>
          </thead>
          <tbody>
            {page.Receivables.map((receivable) => (
              <ReceivableRow key={receivable.ReceivableId} receivable={receivable} />
            ))}
          </tbody>
        </table>
      </div>
      <Pager skip={view.skip} take={receivablePageSize} total={total} shown={shown} onPage={onPage} />
    </>
  );
}

function ReceivableRow({ receivable: r }: { receivable: Receivable }) {
  const t = useMessages(receivablesMessages);
  const format = useFormat();
  const date = (value: string | undefined) => (isUnsetDate(value) || !value ? dash : format.date(value.slice(0, 10)));
  const money = (amount: number | null | undefined, currency: string | null | undefined) =>
    amount === null || amount === undefined ? dash : currency ? format.money(amount, currency) : format.number(amount);
  return (
    <tr>
      <td>{date(r.BookingDate)}</td>
      <td>{date(r.ValueDate)}</td>
      <td>
        {orDash(r.DebtorName)}
        {r.DebtorAddress ? <div className="muted">{r.DebtorAddress}</div> : null}
      </td>
      <td className="mono">{orDash(r.DebtorAccountNumber)}</td>
      <td className="mono">{orDash(r.AccountNumber)}</td>
      <td className="number">{money(r.Amount, r.Currency)}</td>
      <td className="number">{money(r.BookedAmount, r.AccountCurrency)}</td>
      <td className="number">{money(r.ChargeAmount, r.ChargeCurrency)}</td>
      <td className="mono">{orDash(r.StructuredReference)}</td>
      <td>{orDash(r.Description)}</td>
      <td>{orDash(r.InvoiceNumber)}</td>
      <td className="mono">{orDash(r.ArchiveReference)}</td>
      <td>{r.Type === undefined ? dash : t.types[r.Type]}</td>
      <td className="mono">{orDash(r.BankTransactionCode)}</td>
    </tr>
  );
}
