import { useId, useState, type FormEvent } from 'react';
import { useEnvironment } from '../../config/environment-context';
import { customEnvironmentSchema, fieldErrors, type CustomEnvironment } from '../../config/environments';

type Field = keyof CustomEnvironment;

const fields: { name: Field; label: string; placeholder: string; hint: string }[] = [
  { name: 'authority', label: 'Authority', placeholder: 'https://id.example.com', hint: 'The identity server; discovery is read from /.well-known/openid-configuration.' },
  { name: 'clientId', label: 'Client ID', placeholder: 'my-spa-client', hint: 'A public client registered for this app’s address with code + PKCE.' },
  { name: 'scope', label: 'Scope', placeholder: 'openid profile bankservice', hint: 'Space-separated.' },
  { name: 'apiBaseUrl', label: 'API base URL', placeholder: 'https://bankservice.example.com', hint: 'Requests go to this address + /api/v3/…' },
];

const empty: Record<Field, string> = { authority: '', clientId: '', scope: 'openid profile bankservice', apiBaseUrl: '' };

export function CustomEnvironmentForm() {
  const { custom, saveCustom } = useEnvironment();
  const [values, setValues] = useState<Record<Field, string>>(custom ?? empty);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [saved, setSaved] = useState(false);
  const formId = useId();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = customEnvironmentSchema.safeParse(values);
    if (!parsed.success) {
      const found = fieldErrors(parsed.error);
      setErrors(found);
      setSaved(false);
      const first = fields.find((field) => found[field.name]);
      if (first) document.getElementById(`${formId}-${first.name}`)?.focus();
      return;
    }
    setErrors({});
    setValues(parsed.data);
    saveCustom(parsed.data);
    setSaved(true);
  };

  return (
    <form className="card custom-environment" onSubmit={onSubmit} noValidate aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>Custom environment</h2>
      <p className="muted">Point the app at any OpenID provider and API. Saved in this browser.</p>
      {fields.map((field) => {
        const inputId = `${formId}-${field.name}`;
        const error = errors[field.name];
        return (
          <div className="field" key={field.name}>
            <label htmlFor={inputId}>{field.label}</label>
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
              {field.hint}
            </small>
            {error ? (
              <small id={`${inputId}-error`} className="field-error">
                {error}
              </small>
            ) : null}
          </div>
        );
      })}
      <div className="actions">
        <button type="submit">Save</button>
        {saved ? <span role="status">Saved.</span> : null}
      </div>
    </form>
  );
}
