import { useEffect, useId, useState } from 'react';
import { Link } from 'wouter';
import { chooseDpop, dpopChosen, warmDpopKeyStore, type AuthProblem, type AuthSession, type SessionFlow } from '../../auth';
import { Alert } from '../../components/Alert';
import { Status } from '../../components/Status';
import type { Environment } from '../../config/environments';
import { useMessages } from '../../i18n/messages';
import { useWhenIdle } from '../../lib/preload';
import { environmentMessages } from '../environment/messages';
import { useAuthProblemText } from './auth-problem-text';
import { signInMessages } from './messages';

type Flow = SessionFlow;

/** The signed-out page: choose a login flow and go to the identity server. */
export function SignInPanel({ session, problem }: { session: Pick<AuthSession, 'environment' | 'offersDpop' | 'signIn'>; problem: AuthProblem | null }) {
  const environment: Environment = session.environment;
  const t = useMessages(signInMessages);
  const names = useMessages(environmentMessages).names;
  const problemText = useAuthProblemText();
  const [flow, setFlow] = useState<Flow>('code');
  const effectiveFlow: Flow = environment.implicitAllowed ? flow : 'code';
  const [redirecting, setRedirecting] = useState(false);
  // null until the identity server's discovery document has been read: the row is there from the first paint, disabled.
  const [dpopOffered, setDpopOffered] = useState<boolean | null>(null);
  const [dpop, setDpop] = useState(() => dpopChosen(environment.id));
  const groupId = useId();

  useEffect(() => {
    let current = true;
    void session.offersDpop().then((offered) => {
      if (current) setDpopOffered(offered);
    });
    return () => {
      current = false;
    };
  }, [session]);

  // A bound sign-in keeps its key in IndexedDB, whose first open in a page costs tens of milliseconds: opened
  // when idle while the box is ticked, so the click goes on to the identity server without waiting for it.
  useWhenIdle(dpopOffered === true && dpop && effectiveFlow === 'code' ? warmDpopKeyStore : null);

  const chooseBinding = (on: boolean) => {
    setDpop(on);
    chooseDpop(environment.id, on);
  };

  const signIn = async () => {
    setRedirecting(true);
    const bindTokens = dpopOffered === true && dpop && effectiveFlow === 'code';
    // On its way to the identity server unless the request could not be made (the session's problem says why).
    if (!(await session.signIn(effectiveFlow, `${window.location.pathname}${window.location.search}`, bindTokens))) setRedirecting(false);
  };

  const shown = problem;
  return (
    <section className="card sign-in" aria-labelledby={`${groupId}-title`}>
      <h1 id={`${groupId}-title`}>{t.title(names[environment.id])}</h1>
      <p className="muted">
        {t.sentTo} <code>{new URL(environment.authority).host}</code>
      </p>
      {shown ? <Alert title={t.notSignedIn}>{problemText(shown, environment.authority)}</Alert> : null}
      <fieldset className="flows">
        <legend>{t.loginFlow}</legend>
        <div className="flow">
          <input
            id={`${groupId}-code`}
            type="radio"
            name={`${groupId}-flow`}
            value="code"
            checked={effectiveFlow === 'code'}
            onChange={() => setFlow('code')}
            aria-describedby={`${groupId}-code-note`}
          />
          <label htmlFor={`${groupId}-code`}>{t.code}</label>
          <small id={`${groupId}-code-note`} className="muted">
            {t.codeNote}
          </small>
        </div>
        <div className="flow">
          <input
            id={`${groupId}-implicit`}
            type="radio"
            name={`${groupId}-flow`}
            value="implicit"
            checked={effectiveFlow === 'implicit'}
            onChange={() => setFlow('implicit')}
            disabled={!environment.implicitAllowed}
            aria-describedby={`${groupId}-implicit-note`}
          />
          <label htmlFor={`${groupId}-implicit`}>{t.implicit}</label>
          <span className="tag" aria-hidden="true">
            {t.legacy}
          </span>
          <small id={`${groupId}-implicit-note`} className="muted">
            <span className="visually-hidden">{t.legacy}: </span>
            {t.implicitNote} <Link href="/explorer#implicit">{t.why}</Link>
            {environment.implicitAllowed ? null : ` ${t.implicitOff}`}
          </small>
        </div>
      </fieldset>
      <div className="flow dpop">
        <input
          id={`${groupId}-dpop`}
          type="checkbox"
          checked={dpopOffered === true && dpop && effectiveFlow === 'code'}
          disabled={dpopOffered !== true || effectiveFlow !== 'code'}
          onChange={(event) => chooseBinding(event.target.checked)}
          aria-describedby={`${groupId}-dpop-note`}
        />
        <label htmlFor={`${groupId}-dpop`}>{t.dpop}</label>
        <small id={`${groupId}-dpop-note`} className="muted">
          {t.dpopNote} {dpopOffered === false ? t.dpopUnavailable(new URL(environment.authority).host) : t.dpopImplicit}
        </small>
      </div>
      <button type="button" className="primary" onClick={() => void signIn()} disabled={redirecting}>
        {t.signIn}
      </button>
      {redirecting ? <Status>{t.redirecting}</Status> : null}
    </section>
  );
}
