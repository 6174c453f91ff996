import { useId, useState, type FormEvent } from 'react';
import { useEnvironment } from '../../config/environment-context';
import { checkCustomEnvironment, type ConfigProblem, type CustomEnvironment } from '../../config/environments';
import { useMessages } from '../../i18n/messages';
import { configProblemMessages, environmentMessages } from './messages';

type Field = keyof CustomEnvironment;

const fields: { name: Field; placeholder: string }[] = [
  { name: 'authority', placeholder: 'https://id.example.com' },
  { name: 'clientId', placeholder: 'my-spa-client' },
  { name: 'scope', placeholder: 'openid profile bankservice' },
  { name: 'apiBaseUrl', placeholder: 'https://bankservice.example.com' },
];

const hints = { authority: 'authorityHint', clientId: 'clientIdHint', scope: 'scopeHint', apiBaseUrl: 'apiBaseUrlHint' } as const;

const empty: Record<Field, string> = { authority: '', clientId: '', scope: 'openid profile bankservice', apiBaseUrl: '' };

export function CustomEnvironmentForm() {
  const { custom, saveCustom } = useEnvironment();
  const t = useMessages(environmentMessages);
  const problems = useMessages(configProblemMessages);
  const [values, setValues] = useState<Record<Field, string>>(custom ?? empty);
  const [errors, setErrors] = useState<Partial<Record<Field, ConfigProblem>>>({});
  const [saved, setSaved] = useState(false);
  const formId = useId();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkCustomEnvironment(values);
    if (!checked.ok) {
      const found = checked.problems;
      setErrors(found);
      setSaved(false);
      const first = fields.find((field) => found[field.name]);
      if (first) document.getElementById(`${formId}-${first.name}`)?.focus();
      return;
    }
    setErrors({});
    setValues(checked.value);
    saveCustom(checked.value);
    setSaved(true);
  };

  return (
    <form className="card custom-environment" onSubmit={onSubmit} noValidate aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{t.customTitle}</h2>
      <p className="muted">{t.customIntro}</p>
      {fields.map((field) => {
        const inputId = `${formId}-${field.name}`;
        const error = errors[field.name];
        return (
          <div className="field" key={field.name}>
            <label htmlFor={inputId}>{t[field.name]}</label>
            <input
              id={inputId}
              name={field.name}
              value={values[field.name]}
              placeholder={field.placeholder}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ''}`}
              onChange={(event) => {
                setValues({ ...values, [field.name]: event.target.value });
                setSaved(false);
              }}
            />
            <small id={`${inputId}-hint`} className="muted">
              {t[hints[field.name]]}
            </small>
            {error ? (
              <small id={`${inputId}-error`} className="field-error">
                {problems[error]}
              </small>
            ) : null}
          </div>
        );
      })}
      <div className="actions">
        <button type="submit">{t.save}</button>
        {saved ? <span role="status">{t.saved}</span> : null}
      </div>
    </form>
  );
}
