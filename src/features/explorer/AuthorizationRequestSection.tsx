import { useEffect, useId, useMemo, useState } from 'react';
import { navigateRecorded, randomToken, rememberRun } from '../../auth';
import { Alert } from '../../components/Alert';
import { Status } from '../../components/Status';
import { useMessages } from '../../i18n/messages';
import { parseExtra, requestParams, requestUrl, type RequestFields } from './build-request';
import { CopyButton } from './CopyButton';
import { explorerMessages } from './messages';
import { ParamTable } from './ParamTable';
import { paramMeanings } from './param-meanings';
import { s256, verifierPattern } from './pkce';
import { shareLink, type SharedSetup } from './share/share-link';

const responseTypes = ['code', 'id_token token', 'token'];
const prompts = ['', 'none', 'login', 'consent', 'select_account'];
const responseModes = ['', 'query', 'fragment', 'form_post'];

function useChallenge(verifier: string): string | null {
  const [challenge, setChallenge] = useState<{ verifier: string; value: string } | null>(null);
  useEffect(() => {
    let active = true;
    if (verifierPattern.test(verifier)) void s256(verifier).then((value) => active && setChallenge({ verifier, value }));
    return () => {
      active = false;
    };
  }, [verifier]);
  return challenge?.verifier === verifier ? challenge.value : null;
}

type TextField = Exclude<keyof RequestFields, 'responseType' | 'prompt' | 'responseMode' | 'extra'>;

export function AuthorizationRequestSection({
  authority,
  authorizationEndpoint,
  tokenEndpoint,
  clientId,
  scope,
  shared,
}: {
  authority: string;
  authorizationEndpoint: string | undefined;
  tokenEndpoint: string | undefined;
  clientId: string;
  scope: string;
  /** A confirmed shared link's setup, filled in over the defaults. */
  shared: SharedSetup | null;
}) {
  const t = useMessages(explorerMessages);
  const meanings = useMessages(paramMeanings);
  const id = useId();
  const [fields, setFields] = useState<RequestFields>(() => ({
    responseType: 'code',
    clientId,
    redirectUri: `${window.location.origin}/callback`,
    scope,
    state: randomToken(),
    nonce: randomToken(),
    prompt: '',
    acrValues: '',
    uiLocales: '',
    loginHint: '',
    responseMode: '',
    extra: '',
    codeVerifier: randomToken(),
    ...Object.fromEntries(Object.entries(shared ?? {}).filter(([name]) => name !== 'authority')),
  }));
  const [running, setRunning] = useState(false);
  const challenge = useChallenge(fields.codeVerifier);
  const usesCode = fields.responseType.split(' ').includes('code');
  const verifierValid = verifierPattern.test(fields.codeVerifier);
  const invalidExtra = parseExtra(fields.extra).invalid;
  const params = useMemo(() => requestParams(fields, challenge), [fields, challenge]);
  const url = authorizationEndpoint ? requestUrl(authorizationEndpoint, params) : null;
  const ready = url !== null && invalidExtra.length === 0 && (!usesCode || (verifierValid && challenge !== null));

  const set = (name: keyof RequestFields) => (event: { target: { value: string } }) => setFields({ ...fields, [name]: event.target.value });
  const refresh = () => setFields({ ...fields, state: randomToken(), nonce: randomToken(), codeVerifier: randomToken() });

  const run = () => {
    if (!url || !ready) return;
    setRunning(true);
    rememberRun(fields.state, {
      responseType: fields.responseType,
      clientId: fields.clientId,
      redirectUri: fields.redirectUri,
      codeVerifier: usesCode ? fields.codeVerifier : undefined,
      tokenEndpoint,
    });
    navigateRecorded(url);
  };

  const text = (name: TextField, label: string, extraProps: { describedBy?: string; invalid?: boolean } = {}) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        value={fields[name]}
        onChange={set(name)}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={extraProps.describedBy}
        aria-invalid={extraProps.invalid || undefined}
      />
    </div>
  );
  const select = (name: 'responseType' | 'prompt' | 'responseMode', label: string, options: string[]) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} value={fields[name]} onChange={set(name)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {option || t.none}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="card explorer-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.authorizationRequest}</h2>
      <p className="muted">{t.builderIntro}</p>
      {shared ? (
        <p className="source-banner">
          {t.sharedApplied} <code className="wrap">{authority}</code>
        </p>
      ) : null}
      {authorizationEndpoint ? null : <Alert>{t.noEndpoint}</Alert>}
      <div className="builder-grid">
        {select('responseType', t.responseType, responseTypes)}
        {text('clientId', t.clientId)}
        {text('redirectUri', t.redirectUri)}
        {text('scope', t.scope)}
        {text('state', t.state)}
        {text('nonce', t.nonce)}
        {select('prompt', t.prompt, prompts)}
        {select('responseMode', t.responseMode, responseModes)}
        {text('acrValues', t.acrValues)}
        {text('uiLocales', t.uiLocales)}
        {text('loginHint', t.loginHint)}
      </div>
      <div className="field">
        <label htmlFor={`${id}-extra`}>{t.extra}</label>
        <textarea
          id={`${id}-extra`}
          rows={2}
          value={fields.extra}
          onChange={set('extra')}
          spellCheck={false}
          aria-describedby={`${id}-extra-hint${invalidExtra.length ? ` ${id}-extra-error` : ''}`}
          aria-invalid={invalidExtra.length > 0 || undefined}
        />
        <small id={`${id}-extra-hint`} className="muted">
          {t.extraHint}
        </small>
        {invalidExtra.length ? (
          <small id={`${id}-extra-error`} className="field-error">
            {invalidExtra.map(t.extraInvalid).join(' ')}
          </small>
        ) : null}
      </div>
      {usesCode ? (
        <fieldset className="pkce">
          <legend>PKCE</legend>
          {text('codeVerifier', t.codeVerifier, { describedBy: verifierValid ? undefined : `${id}-verifier-error`, invalid: !verifierValid })}
          {verifierValid ? null : (
            <small id={`${id}-verifier-error`} className="field-error">
              {t.verifierInvalid}
            </small>
          )}
          <div className="field">
            <label htmlFor={`${id}-challenge`}>{t.codeChallenge}</label>
            <input id={`${id}-challenge`} value={challenge ?? ''} readOnly aria-describedby={`${id}-challenge-how`} />
            <small id={`${id}-challenge-how`} className="muted">
              {t.challengeHow}
            </small>
          </div>
        </fieldset>
      ) : null}
      <div className="actions">
        <button type="button" onClick={refresh}>
          {t.newValues}
        </button>
        <CopyButton text={shareLink(window.location.origin, authority, fields)} label={t.copyLink} />
      </div>
      <p className="muted">{t.copyLinkHint}</p>
      {url ? (
        <>
          <h3 id={`${id}-url`}>{t.requestUrl}</h3>
          <pre className="request-url" aria-labelledby={`${id}-url`}>
            {url}
          </pre>
          <div className="actions">
            <CopyButton text={url} />
            <button type="button" className="primary" onClick={run} disabled={!ready || running}>
              {t.run}
            </button>
          </div>
          {running ? <Status>{t.running}</Status> : null}
          <ParamTable params={Object.fromEntries(params)} caption={t.parameters} describe={(name) => meanings[name]} />
        </>
      ) : null}
    </section>
  );
}
