import { useId } from 'react';
import { languageNames, languages, useLanguage, type Language } from '../i18n/language';
import { useMessages } from '../i18n/messages';
import { appMessages } from './messages';

export function LanguageSelect() {
  const { language, setLanguage } = useLanguage();
  const t = useMessages(appMessages);
  const id = useId();
  return (
    <div className="labelled-select">
      <label htmlFor={id}>{t.language}</label>
      <select id={id} value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageNames[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
