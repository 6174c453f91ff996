import { Link } from 'wouter';
import { useAccounts, type BankAccount } from '../../api/accounts';
import { ApiErrorAlert } from '../api-error/ApiErrorAlert';
import { Status } from '../../components/Status';
import { useDocumentTitle } from '../../components/use-document-title';
import { useMessages } from '../../i18n/messages';
import { AddCompanyForm } from './AddCompanyForm';
import { CompanySwitch } from './CompanySwitch';
import { accountsMessages, companiesMessages, dash } from './messages';
import { useCompanies } from './stores';
import './banking.css';

/** The signed-in home: the accounts of the company shown, or a request for a company id when none is known. */
export function AccountsPage() {
  const { current } = useCompanies();
  return current ? <CompanyAccounts key={current} companyId={current} /> : <AskForCompany />;
}

function AskForCompany() {
  const t = useMessages(companiesMessages);
  useDocumentTitle(t.askTitle);
  return (
    <section aria-labelledby="ask-company-title" className="banking-page">
      <h1 id="ask-company-title">{t.askTitle}</h1>
      <p>{t.ask}</p>
      <AddCompanyForm />
    </section>
  );
}

export function statementHref(companyId: string, accountNumber: string): string {
  return `/companies/${encodeURIComponent(companyId)}/accounts/${encodeURIComponent(accountNumber)}`;
}

function Aliases({ account }: { account: BankAccount }) {
  const names = useMessages(accountsMessages).aliasNames;
  const aliases = Object.entries(account.Aliases ?? {}).filter((entry): entry is [keyof typeof names, string] => typeof entry[1] === 'string' && entry[1] !== '' && entry[0] in names);
  if (aliases.length === 0) return <>{dash}</>;
  return (
    <ul className="plain-list">
      {aliases.map(([name, value]) => (
        <li key={name}>
          {names[name]} <span className="mono">{value}</span>
        </li>
      ))}
    </ul>
  );
}

function CompanyAccounts({ companyId }: { companyId: string }) {
  const t = useMessages(accountsMessages);
  const companies = useMessages(companiesMessages);
  const accounts = useAccounts(companyId);
  useDocumentTitle(t.title);
  return (
    <section aria-labelledby="accounts-title" className="banking-page">
      <div className="page-heading">
        <h1 id="accounts-title">{t.title}</h1>
        <Link href="/companies">{companies.manage}</Link>
      </div>
      <CompanySwitch />
      <p className="muted">
        {companies.current}: <span className="mono">{companyId}</span>
      </p>
      {accounts.isPending ? <Status>{t.loading}</Status> : null}
      {accounts.error ? <ApiErrorAlert title={t.failed} error={accounts.error} onRetry={() => void accounts.refetch()} /> : null}
      {accounts.data ? (
        accounts.data.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">{t.caption(companyId)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.accountNo}</th>
                  <th scope="col">{t.aliases}</th>
                  <th scope="col">{t.bic}</th>
                  <th scope="col">{t.currency}</th>
                  <th scope="col">{t.ledger}</th>
                  <th scope="col">{t.readyForPayments}</th>
                </tr>
              </thead>
              <tbody>
                {accounts.data.map((account) => (
                  <tr key={account.AccountId}>
                    <td className="mono">
                      <Link href={statementHref(companyId, account.AccountNumber)}>{account.AccountNumber}</Link>
                    </td>
                    <td>
                      <Aliases account={account} />
                    </td>
                    <td className="mono">{account.Bic ?? dash}</td>
                    <td>{account.Currency ?? dash}</td>
                    <td>{account.Ledger ?? dash}</td>
                    <td>{account.ReadyForPayments ? t.yes : t.no}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </section>
  );
}
