import { useId, useState, type FormEvent, type JSX } from 'react';
import { Alert } from '../../../components/Alert';
import { Status } from '../../../components/Status';
import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import '../explorer-parts.css';
import { ToggleButton } from '../jwt/ToggleButton';
import { grantMessages } from './messages';
import { displayTokenResponse, requestToken, type GrantInput, type ServerGrant, type TokenOutcome, type TokenResponse } from './token-request';

function duration(seconds: number, locale: string): string {
  const [unit, size] = seconds >= 3600 && seconds % 3600 === 0 ? (['hour', 3600] as const) : seconds >= 120 ? (['minute', 60] as const) : (['second', 1] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(Math.round(seconds / size));
}

function TokenResult({ status, response, receivedAt }: { status: number; response: TokenResponse; receivedAt: Date }) {
  const t = useMessages(grantMessages);
  const { locale } = useLanguage();
  const [revealed, setRevealed] = useState(false);
  const expiresIn = response.expires_in;
  const until = expiresIn === undefined ? undefined : new Date(receivedAt.getTime() + expiresIn * 1000);
  return (
    <div className="grant-result">
      <div className="grant-result-bar">
        <strong>{t.status(status)}</strong>
        <ToggleButton pressed={revealed} onToggle={setRevealed}>
          {t.reveal}
        </ToggleButton>
      </div>
      <pre className="json" tabIndex={0}>
        {displayTokenResponse(response, revealed)}
      </pre>
      {expiresIn !== undefined && until ? (
        <p>
          {t.expiresIn(
            expiresIn,
            duration(expiresIn, locale),
            new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(until),
          )}
        </p>
      ) : null}
    </div>
  );
}

function Outcome({ outcome, receivedAt }: { outcome: TokenOutcome; receivedAt: Date }) {
  const t = useMessages(grantMessages);
  switch (outcome.kind) {
    case 'tokens':
      return <TokenResult status={outcome.status} response={outcome.response} receivedAt={receivedAt} />;
    case 'error':
      return (
        <Alert title={`${t.status(outcome.status)}.`}>
          {t.refused(outcome.error)}
          {outcome.description ? ` error_description: ${outcome.description}` : ''}
        </Alert>
      );
    case 'unexpected':
      return (
        <Alert title={t.unexpected(outcome.status)}>
          <code className="break">{outcome.text.slice(0, 500)}</code>
        </Alert>
      );
    case 'network':
      return <Alert>{t.network(outcome.detail)}</Alert>;
  }
}

function GrantRunner({ grant, tokenEndpoint }: { grant: ServerGrant; tokenEndpoint: string }) {
  const t = useMessages(grantMessages);
  const id = useId();
  const [input, setInput] = useState<GrantInput>({ scope: 'bankservice', username: 'demo', password: 'demo' });
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<{ outcome: TokenOutcome; receivedAt: Date } | null>(null);

  const run = async (event: FormEvent) => {
    event.preventDefault();
    if (running) return;
    setRunning(true);
    setResult(null);
    const outcome = await requestToken(tokenEndpoint, grant, input);
    setResult({ outcome, receivedAt: new Date() });
    setRunning(false);
  };

  const field = (name: keyof GrantInput, label: string, type: 'text' | 'password', autoComplete: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        type={type}
        value={input[name] ?? ''}
        onChange={(event) => setInput({ ...input, [name]: event.target.value })}
        autoComplete={autoComplete}
        spellCheck={false}
        autoCapitalize="off"
      />
    </div>
  );

  return (
    <form className="grant-form" onSubmit={(event) => void run(event)}>
      <div className="grant-fields">
        {grant === 'password' ? field('username', t.username, 'text', 'off') : null}
        {grant === 'password' ? field('password', t.password, 'password', 'off') : null}
        {field('scope', t.scope[grant], 'text', 'off')}
      </div>
      <button type="submit" className="primary">
        {t.run[grant]}
      </button>
      {running ? <Status>{t.running}</Status> : null}
      <p role="status" className="visually-hidden">
        {result?.outcome.kind === 'tokens' ? t.received(result.outcome.status) : ''}
      </p>
      {result ? <Outcome outcome={result.outcome} receivedAt={result.receivedAt} /> : null}
    </form>
  );
}

/** client_credentials and password: why never in a browser, and, against the sandbox only, what they answer. */
export function ServerGrants({ tokenEndpoint, sandbox }: { tokenEndpoint: string; /** true only for the Local sandbox */ sandbox: boolean }): JSX.Element {
  const t = useMessages(grantMessages);
  const id = useId();
  const grants: ServerGrant[] = ['client_credentials', 'password'];
  return (
    <section className="card explorer-part server-grants" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.title}</h2>
      <p>{t.intro}</p>
      <p className="muted">{sandbox ? t.sandboxNote : t.snippetsOnly}</p>
      <div className="grant-list">
        {grants.map((grant) => (
          <section key={grant} className="grant" aria-labelledby={`${id}-${grant}`}>
            <h3 id={`${id}-${grant}`} className="mono">
              {t.headings[grant]}
            </h3>
            {t.reasons[grant].map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
            {sandbox ? <GrantRunner grant={grant} tokenEndpoint={tokenEndpoint} /> : null}
          </section>
        ))}
      </div>
    </section>
  );
}
