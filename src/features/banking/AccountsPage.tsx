import { Link } from 'wouter';
import { useAllAccounts } from '../../api/accounts';
import { ApiErrorAlert } from '../api-error/ApiErrorAlert';
import { Status } from '../../components/Status';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormat } from '../../i18n/format';
import { useMessages } from '../../i18n/messages';
import { accountsMessages } from './messages';
import './banking.css';

export function AccountsPage() {
  const { data, error, isPending, refetch } = useAllAccounts();
  const t = useMessages(accountsMessages);
  const format = useFormat();
  useDocumentTitle(t.title);
  return (
    <section aria-labelledby="accounts-title" className="banking-page">
      <h1 id="accounts-title">{t.title}</h1>
      {isPending ? <Status>{t.loading}</Status> : null}
      {error ? <ApiErrorAlert title={t.failed} error={error} onRetry={refetch} /> : null}
      {data ? (
        data.every((group) => group.accounts.length === 0) ? (
          <p>{t.empty}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">{t.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.company}</th>
                  <th scope="col">{t.account}</th>
                  <th scope="col">{t.accountNo}</th>
                  <th scope="col">{t.iban}</th>
                  <th scope="col">{t.currency}</th>
                  <th scope="col" className="number">
                    {t.balance}
                  </th>
                  <th scope="col">{t.readyForPayments}</th>
                </tr>
              </thead>
              <tbody>
                {data.flatMap(({ company, accounts }) =>
                  accounts.map((account) => (
                    <tr key={`${company.CompanyId}/${account.AccountNo}`}>
                      <td>{company.Name}</td>
                      <td>
                        <Link href={`/accounts/${encodeURIComponent(company.CompanyId)}/${encodeURIComponent(account.AccountNo)}`}>
                          {account.Name ?? account.AccountNo}
                        </Link>
                      </td>
                      <td className="mono">{account.AccountNo}</td>
                      <td className="mono">{account.Iban ?? '—'}</td>
                      <td>{account.Currency}</td>
                      <td className="number">{account.Balance === undefined ? '—' : format.money(account.Balance, account.Currency)}</td>
                      <td>{account.ReadyForPayments ? t.yes : t.no}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </section>
  );
}
