import { useId, useState } from 'react';
import { Link } from 'wouter';
import type { UserManager } from 'oidc-client-ts';
import { describeAuthError, type AuthProblem } from '../../auth/describe-error';
import { startImplicitSignin } from '../../auth/implicit';
import { startCodeSignin } from '../../auth/redirects';
import { Alert } from '../../components/Alert';
import { Status } from '../../components/Status';
import type { Environment } from '../../config/environments';
import { useMessages } from '../../i18n/messages';
import { environmentMessages } from '../environment/messages';
import { useAuthProblemText } from './auth-problem-text';
import { signInMessages } from './messages';

type Flow = 'code' | 'implicit';

/** The signed-out page: choose a login flow and go to the identity server. */
export function SignInPanel({ environment, userManager, problem }: { environment: Environment; userManager: UserManager; problem: AuthProblem | null }) {
  const t = useMessages(signInMessages);
  const names = useMessages(environmentMessages).names;
  const problemText = useAuthProblemText();
  const [flow, setFlow] = useState<Flow>('code');
  const effectiveFlow: Flow = environment.implicitAllowed ? flow : 'code';
  const [redirecting, setRedirecting] = useState(false);
  const [startProblem, setStartProblem] = useState<AuthProblem | null>(null);
  const groupId = useId();

  const signIn = async () => {
    setStartProblem(null);
    setRedirecting(true);
    try {
      const returnTo = `${window.location.pathname}${window.location.search}`;
      if (effectiveFlow === 'implicit') await startImplicitSignin(userManager, returnTo);
      else await startCodeSignin(userManager, returnTo);
    } catch (error) {
      setRedirecting(false);
      setStartProblem(describeAuthError(error));
    }
  };

  const shown = startProblem ?? problem;
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
      <button type="button" className="primary" onClick={() => void signIn()} disabled={redirecting}>
        {t.signIn}
      </button>
      {redirecting ? <Status>{t.redirecting}</Status> : null}
    </section>
  );
}
