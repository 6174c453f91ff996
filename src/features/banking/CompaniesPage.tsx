import { useRef, useState } from 'react';
import { useDocumentTitle } from '../../components/use-document-title';
import { useMessages } from '../../i18n/messages';
import { AddCompanyForm } from './AddCompanyForm';
import { companiesMessages } from './messages';
import { useCompanies } from './stores';
import './banking.css';

/** The companies remembered for this environment and user: add, show, remove. */
export function CompaniesPage() {
  const t = useMessages(companiesMessages);
  useDocumentTitle(t.title);
  const { ids, current, store } = useCompanies();
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const remove = (companyId: string) => {
    store.remove(companyId);
    setNotice(t.removed(companyId));
    // The button is gone with its row: keep the keyboard focus on the page.
    heading.current?.focus();
  };

  return (
    <section aria-labelledby="companies-title" className="banking-page">
      <h1 id="companies-title" ref={heading} tabIndex={-1}>
        {t.title}
      </h1>
      <p role="status">{notice}</p>
      <h2>{t.yourCompanies}</h2>
      <p className="muted">{t.kept}</p>
      {ids.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className="plain-list company-list">
          {ids.map((companyId) => (
            <li key={companyId}>
              <span className="mono">{companyId}</span>
              {companyId === current ? (
                <span className="tag">{t.showing}</span>
              ) : (
                <button type="button" onClick={() => store.choose(companyId)} aria-label={`${t.show} ${companyId}`}>
                  {t.show}
                </button>
              )}
              <button type="button" onClick={() => remove(companyId)} aria-label={t.remove(companyId)}>
                {t.removeShort}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h2>{t.add}</h2>
      <AddCompanyForm onAdded={(companyId) => setNotice(t.added(companyId))} />
    </section>
  );
}
