import { useId } from 'react';
import { Link, useSearchParams } from 'wouter';
import type { Company } from '../../api/companies';
import { useCompanies } from '../../api/companies';
import { paymentStatuses, usePayments, type PaymentStatus } from '../../api/payments';
import { ApiErrorAlert } from '../api-error/ApiErrorAlert';
import { Pager } from '../../components/Pager';
import { Status } from '../../components/Status';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormat } from '../../i18n/format';
import { useMessages } from '../../i18n/messages';
import { paymentsMessages } from './messages';
import { paymentListViewFromSearch, paymentListViewToSearch, paymentPageSize, type PaymentListView } from './payment-list-view';
import './banking.css';

/** The payments of one company at a time, newest first, with their status by name. */
export function PaymentsPage() {
  const t = useMessages(paymentsMessages);
  const id = useId();
  const companies = useCompanies();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = paymentListViewFromSearch(searchParams);
  useDocumentTitle(t.title);

  const show = (next: PaymentListView) => setSearchParams(paymentListViewToSearch(next));
  const list = companies.data ?? [];
  const company = list.find((candidate) => candidate.CompanyId === view.companyId) ?? list[0];

  return (
    <section aria-labelledby="payments-title" className="banking-page">
      <div className="page-heading">
        <h1 id="payments-title">{t.title}</h1>
        <Link href="/payments/new" className="button-link">
          {t.newPayment}
        </Link>
      </div>
      {companies.isPending ? <Status>{t.loadingCompanies}</Status> : null}
      {companies.error ? <ApiErrorAlert title={t.companiesFailed} error={companies.error} onRetry={() => void companies.refetch()} /> : null}
      {companies.data && !company ? <p>{t.noCompanies}</p> : null}
      {company ? (
        <>
          <div className="card filter-form">
            {list.length > 1 ? (
              <div className="field">
                <label htmlFor={`${id}-company`}>{t.company}</label>
                <select id={`${id}-company`} value={company.CompanyId} onChange={(event) => show({ companyId: event.target.value, skip: 0 })}>
                  {list.map((candidate) => (
                    <option key={candidate.CompanyId} value={candidate.CompanyId}>
                      {candidate.Name}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <div className="field">
              <label htmlFor={`${id}-status`}>{t.status}</label>
              <select
                id={`${id}-status`}
                value={view.status === undefined ? '' : String(view.status)}
                onChange={(event) => {
                  const status = event.target.value === '' ? undefined : (Number(event.target.value) as PaymentStatus);
                  show({ companyId: view.companyId, ...(status === undefined ? {} : { status }), skip: 0 });
                }}
              >
                <option value="">{t.allStatuses}</option>
                {paymentStatuses.map((status) => (
                  <option key={status} value={status}>
                    {t.statusNames[status]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {/* One list per company: the previous page is kept while paging, never another company's. */}
          <CompanyPayments key={company.CompanyId} company={company} view={view} onPage={(skip) => show({ ...view, skip })} />
        </>
      ) : null}
    </section>
  );
}

function CompanyPayments({ company, view, onPage }: { company: Company; view: PaymentListView; onPage: (skip: number) => void }) {
  const t = useMessages(paymentsMessages);
  const format = useFormat();
  const payments = usePayments(company.CompanyId, { ...(view.status === undefined ? {} : { status: view.status }), skip: view.skip, take: paymentPageSize });
  const page = payments.data;

  if (payments.isPending) return <Status>{t.loading}</Status>;
  if (payments.error) return <ApiErrorAlert title={t.failed} error={payments.error} onRetry={() => void payments.refetch()} />;
  if (!page) return null;
  if (page.Total === 0) return <p>{view.status === undefined ? t.empty : t.emptyWithStatus(t.statusNames[view.status])}</p>;
  return (
    <>
      {payments.isPlaceholderData ? <Status>{t.updating}</Status> : null}
      <div className="table-scroll">
        <table aria-busy={payments.isPlaceholderData || undefined}>
          <caption className="visually-hidden">{t.caption(company.Name)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.dueDate}</th>
              <th scope="col">{t.creditor}</th>
              <th scope="col">{t.creditAccount}</th>
              <th scope="col">{t.debitAccount}</th>
              <th scope="col" className="number">
                {t.amount}
              </th>
              <th scope="col">{t.status}</th>
            </tr>
          </thead>
          <tbody>
            {page.Items.map((payment) => (
              <tr key={payment.PaymentId}>
                <td>{format.date(payment.DueDate)}</td>
                <td>
                  <Link href={`/payments/${encodeURIComponent(payment.MessageId)}`}>{payment.CreditorName}</Link>
                </td>
                <td className="mono">{payment.CreditAccountNo}</td>
                <td className="mono">{payment.DebitAccountNo}</td>
                <td className="number">{format.money(payment.Amount, payment.Currency)}</td>
                <td>
                  <span className={`payment-status payment-status-${payment.Status}`}>{t.statusNames[payment.Status]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager skip={page.Skip ?? view.skip} take={page.Take ?? paymentPageSize} total={page.Total} shown={page.Items.length} onPage={onPage} />
    </>
  );
}
