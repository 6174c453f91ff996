import { Link } from 'wouter';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormat } from '../../i18n/format';
import { useMessages } from '../../i18n/messages';
import { AddCompanyForm } from './AddCompanyForm';
import { CompanySwitch } from './CompanySwitch';
import { paymentsMessages } from './messages';
import { useCompanies, useSubmissions } from './stores';
import './banking.css';

/** The company's payment messages this browser submitted: v3 has no operation that lists them. */
export function PaymentsPage() {
  const t = useMessages(paymentsMessages);
  useDocumentTitle(t.title);
  const { current } = useCompanies();
  return (
    <section aria-labelledby="payments-title" className="banking-page">
      <div className="page-heading">
        <h1 id="payments-title">{t.title}</h1>
        <Link href="/payments/new" className="button-link">
          {t.newPayment}
        </Link>
      </div>
      {current ? (
        <>
          <CompanySwitch />
          <Submissions key={current} companyId={current} />
        </>
      ) : (
        <AddCompanyForm />
      )}
    </section>
  );
}

function Submissions({ companyId }: { companyId: string }) {
  const t = useMessages(paymentsMessages);
  const format = useFormat();
  const { submissions } = useSubmissions(companyId);
  return (
    <>
      <h2>{t.submissions}</h2>
      <p className="muted">{t.submissionsIntro}</p>
      {submissions.length === 0 ? (
        <p>{t.noSubmissions}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.messageId}</th>
                <th scope="col">{t.submittedAt}</th>
              </tr>
            </thead>
            <tbody>
              {submissions.map((submission) => (
                <tr key={submission.messageId}>
                  <td className="mono">
                    <Link href={`/payments/${encodeURIComponent(submission.messageId)}`}>{submission.messageId}</Link>
                  </td>
                  <td>{format.dateTime(submission.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
