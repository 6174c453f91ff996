import { useAllAccounts } from '../../api/accounts';
import { ApiError } from '../../api/errors';
import { Alert } from '../../components/Alert';
import { Status } from '../../components/Status';

const money = (amount: number, currency: string) =>
  new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);

export function AccountsPage() {
  const { data, error, isPending, refetch } = useAllAccounts();
  return (
    <section aria-labelledby="accounts-title">
      <h2 id="accounts-title">Accounts</h2>
      {isPending ? <Status>Loading accounts…</Status> : null}
      {error ? (
        <Alert
          title="Accounts could not be loaded."
          action={
            <button type="button" onClick={refetch}>
              Try again
            </button>
          }
        >
          {error instanceof ApiError ? error.message : 'Something went wrong while loading your accounts.'}
        </Alert>
      ) : null}
      {data ? (
        data.every((group) => group.accounts.length === 0) ? (
          <p>You have no accounts in this environment.</p>
        ) : (
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">Your accounts, by company</caption>
              <thead>
                <tr>
                  <th scope="col">Company</th>
                  <th scope="col">Account</th>
                  <th scope="col">Account number</th>
                  <th scope="col">IBAN</th>
                  <th scope="col">Currency</th>
                  <th scope="col" className="number">
                    Balance
                  </th>
                  <th scope="col">Ready for payments</th>
                </tr>
              </thead>
              <tbody>
                {data.flatMap(({ company, accounts }) =>
                  accounts.map((account) => (
                    <tr key={`${company.CompanyId}/${account.AccountNo}`}>
                      <td>{company.Name}</td>
                      <td>{account.Name ?? '—'}</td>
                      <td className="mono">{account.AccountNo}</td>
                      <td className="mono">{account.Iban ?? '—'}</td>
                      <td>{account.Currency}</td>
                      <td className="number">{account.Balance === undefined ? '—' : money(account.Balance, account.Currency)}</td>
                      <td>{account.ReadyForPayments ? 'Yes' : 'No'}</td>
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
