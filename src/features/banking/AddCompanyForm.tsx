import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { accountsQueryOptions } from '../../api/accounts';
import { useApi } from '../../api/context';
import { ApiError } from '../../api/errors';
import { Alert } from '../../components/Alert';
import { ApiErrorAlert } from '../api-error/ApiErrorAlert';
import { Status } from '../../components/Status';
import { useMessages } from '../../i18n/messages';
import { parseCompanyId } from './company-store';
import { companiesMessages } from './messages';
import { useCompanies } from './stores';

type Problem = keyof (typeof companiesMessages)['en']['problems'];

/** What a failed check of a company id means for the person who typed it; null when it says nothing about the id. */
function problemOf(error: unknown): Problem | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'not_found') return 'not_found';
  if (error.code === 'forbidden') return 'not_allowed';
  if (error.code === 'bad_request') return 'refused';
  return null;
}

/**
 * "Company ID" and "Add company": the id is checked as a GUID first, then by loading the company's
 * accounts, which is the one documented way to learn that it exists and the user may see it.
 */
export function AddCompanyForm({ onAdded }: { onAdded?: (companyId: string) => void }) {
  const t = useMessages(companiesMessages);
  const id = useId();
  const api = useApi();
  const queryClient = useQueryClient();
  const { store } = useCompanies();
  const [value, setValue] = useState('');
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (checking) return;
    setProblem(null);
    setFailure(null);
    const companyId = parseCompanyId(value);
    if (!companyId) {
      setProblem('malformed');
      input.current?.focus();
      return;
    }
    setChecking(true);
    try {
      await queryClient.fetchQuery(accountsQueryOptions(api, companyId));
      store.add(companyId);
      setValue('');
      onAdded?.(companyId);
    } catch (error) {
      const known = problemOf(error);
      if (known) setProblem(known);
      else setFailure(error);
      input.current?.focus();
    } finally {
      setChecking(false);
    }
  };

  const errorId = `${id}-error`;
  return (
    <form className="card company-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-company`}>{t.companyId}</label>
        <input
          ref={input}
          id={`${id}-company`}
          value={value}
          autoComplete="off"
          spellCheck={false}
          className="mono"
          aria-invalid={problem ? true : undefined}
          aria-describedby={[`${id}-hint`, problem ? errorId : ''].filter(Boolean).join(' ')}
          onChange={(event) => setValue(event.target.value)}
        />
        <small id={`${id}-hint`} className="muted">
          {t.companyIdHint}
        </small>
      </div>
      {problem ? (
        <div id={errorId}>
          <Alert>{t.problems[problem]}</Alert>
        </div>
      ) : null}
      {failure ? <ApiErrorAlert title={t.checkFailed} error={failure} /> : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={checking}>
          {t.add}
        </button>
        {checking ? <Status>{t.checking}</Status> : null}
      </div>
    </form>
  );
}
