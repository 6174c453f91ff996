import { useMessages } from '../../i18n/messages';
import { companiesMessages } from './messages';
import { useCompanies } from './stores';

/** Which company the banking pages show, where there is more than one. */
export function CompanySwitch() {
  const t = useMessages(companiesMessages);
  const { ids, current, store } = useCompanies();
  if (ids.length < 2 || !current) return null;
  return (
    <div className="field company-switch">
      <label htmlFor="company-switch">{t.current}</label>
      <select id="company-switch" className="mono" value={current} onChange={(event) => store.choose(event.target.value)}>
        {ids.map((companyId) => (
          <option key={companyId} value={companyId}>
            {companyId}
          </option>
        ))}
      </select>
    </div>
  );
}
