import { useEffect, useId, useMemo, useState } from 'react';
import { explorerRunKey, navigateRecorded, postForm, randomToken, rememberRun } from '../../auth';
import { Alert } from '../../components/Alert';
import { Status } from '../../components/Status';
import { useMessages } from '../../i18n/messages';
import {
  dpopAvailability,
  fapiPreset,
  parAvailability,
  parseExtra,
  parsePushAnswer,
  pushedAuthorizeUrl,
  pushedBody,
  requestParams,
  requestUrl,
  type PushAnswer,
  type RequestFields,
} from './build-request';
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
  metadata,
  clientId,
  scope,
  shared,
}: {
  authority: string;
  authorizationEndpoint: string | undefined;
  tokenEndpoint: string | undefined;
  /** The discovery document, for what the server offers besides (PAR, DPoP). */
  metadata: Record<string, unknown> | undefined;
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
  const [parChosen, setParChosen] = useState(false);
  const [dpopChosen, setDpopChosen] = useState(false);
  const [presetApplied, setPresetApplied] = useState<{ par: boolean; dpop: boolean } | null>(null);
  const [pushProblem, setPushProblem] = useState<{ title: string; error: string; description: string | undefined } | null>(null);
  const par = parAvailability(metadata);
  const dpop = dpopAvailability(metadata, fields.responseType);
  const pushing = parChosen && par.available;
  const proving = dpopChosen && dpop.available;
  const challenge = useChallenge(fields.codeVerifier);
  const usesCode = fields.responseType.split(' ').includes('code');
  const verifierValid = verifierPattern.test(fields.codeVerifier);
  const invalidExtra = parseExtra(fields.extra).invalid;
  const params = useMemo(() => requestParams(fields, challenge), [fields, challenge]);
  const url = authorizationEndpoint ? requestUrl(authorizationEndpoint, params) : null;
  const ready = url !== null && invalidExtra.length === 0 && (!usesCode || (verifierValid && challenge !== null));

  const set = (name: keyof RequestFields) => (event: { target: { value: string } }) => {
    setFields({ ...fields, [name]: event.target.value });
    setPresetApplied(null);
  };
  const refresh = () => setFields({ ...fields, state: randomToken(), nonce: randomToken(), codeVerifier: randomToken() });
  const applyFapi = () => {
    const next = fapiPreset(fields, randomToken);
    const dpopOffered = dpopAvailability(metadata, next.responseType).available;
    setFields(next);
    setParChosen(par.available);
    setDpopChosen(dpopOffered);
    setPresetApplied({ par: par.available, dpop: dpopOffered });
  };

  const run = async () => {
    if (!url || !ready || !authorizationEndpoint) return;
    setRunning(true);
    setPushProblem(null);
    // The run's own key, named by its state, so the code exchange after the redirect finds it again.
    const key = proving ? explorerRunKey(fields.state, fields.clientId, authority) : null;
    let target = url;
    if (pushing) {
      let pushed: PushAnswer;
      try {
        const answer = await postForm(par.endpoint, pushedBody(params), key ? (nonce) => key.proof(par.endpoint, 'POST', nonce) : undefined);
        pushed = parsePushAnswer(answer.status, answer.body);
      } catch (error) {
        pushed = { ok: false, error: '', description: error instanceof Error ? error.message : String(error) };
      }
      if (!pushed.ok) {
        await key?.forget();
        setPushProblem({ title: pushed.error ? t.pushRefused : t.pushFailed, error: pushed.error, description: pushed.description });
        setRunning(false);
        return;
      }
      target = pushedAuthorizeUrl(authorizationEndpoint, fields.clientId, pushed.requestUri);
    }
    rememberRun(fields.state, {
      responseType: fields.responseType,
      clientId: fields.clientId,
      redirectUri: fields.redirectUri,
      codeVerifier: usesCode ? fields.codeVerifier : undefined,
      tokenEndpoint,
      ...(proving ? { dpop: true } : {}),
    });
    navigateRecorded(target);
  };

  const option = (name: 'par' | 'dpop', label: string, chosen: boolean, choose: (on: boolean) => void, available: boolean, note: string) => (
    <div className="field option">
      <input
        id={`${id}-${name}`}
        type="checkbox"
        checked={chosen && available}
        disabled={!available}
        onChange={(event) => {
          choose(event.target.checked);
          setPresetApplied(null);
        }}
        aria-describedby={`${id}-${name}-note`}
      />
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <small id={`${id}-${name}-note`} className="muted">
        {note}
      </small>
    </div>
  );
  const dpopNote = dpop.available ? t.dpopHint : { not_advertised: t.dpopNotAdvertised, no_es256: t.dpopNoEs256, implicit: t.dpopImplicit }[dpop.reason];

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
      <fieldset className="pkce">
        <legend>{t.hardening}</legend>
        {option('par', t.par, parChosen, setParChosen, par.available, par.available ? t.parHint : t.parNotAdvertised)}
        {option('dpop', t.dpop, dpopChosen, setDpopChosen, dpop.available, dpopNote)}
      </fieldset>
      <div className="actions">
        <button type="button" onClick={applyFapi}>
          {t.fapiPreset}
        </button>
        <button type="button" onClick={refresh}>
          {t.newValues}
        </button>
        <CopyButton text={shareLink(window.location.origin, authority, fields)} label={t.copyLink} />
      </div>
      <p className="muted">{t.copyLinkHint}</p>
      <p role="status">{presetApplied ? t.fapiApplied(presetApplied.par, presetApplied.dpop) : null}</p>
      {url && pushing && authorizationEndpoint ? (
        <>
          <h3>{t.pushStep}</h3>
          <p>{t.pushStepHow(par.endpoint, proving)}</p>
          <ParamTable params={Object.fromEntries(params)} caption={t.parameters} describe={(name) => meanings[name]} />
          <h3 id={`${id}-short`}>{t.authorizeStep}</h3>
          <pre className="request-url pushed-url" aria-labelledby={`${id}-short`}>
            {`${requestUrl(authorizationEndpoint, [['client_id', fields.clientId]])}&request_uri=<${t.requestUriPlaceholder}>`}
          </pre>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void run()} disabled={!ready || running}>
              {t.run}
            </button>
          </div>
        </>
      ) : url ? (
        <>
          <h3 id={`${id}-url`}>{t.requestUrl}</h3>
          <pre className="request-url" aria-labelledby={`${id}-url`}>
            {url}
          </pre>
          <div className="actions">
            <CopyButton text={url} />
            <button type="button" className="primary" onClick={() => void run()} disabled={!ready || running}>
              {t.run}
            </button>
          </div>
          <ParamTable params={Object.fromEntries(params)} caption={t.parameters} describe={(name) => meanings[name]} />
        </>
      ) : null}
      {running ? <Status>{pushing ? t.pushing : t.running}</Status> : null}
      {pushProblem ? (
        <Alert title={pushProblem.title}>
          {pushProblem.error ? <code>{pushProblem.error}</code> : null} {pushProblem.description}
        </Alert>
      ) : null}
    </section>
  );
}
