import { useId, useState } from 'react';
import type { UserManager } from 'oidc-client-ts';
import { useAuth } from 'react-oidc-context';
import { trustedMetadata } from '../../auth/discovery';
import { describeAuthError, type AuthProblem } from '../../auth/describe-error';
import { randomToken } from '../../auth/random';
import { Alert } from '../../components/Alert';
import { Status } from '../../components/Status';
import type { Environment } from '../../config/environments';

type Flow = 'code' | 'implicit';

/** The signed-out page: choose a login flow and go to the identity server. */
export function SignInPanel({ environment, userManager, problem }: { environment: Environment; userManager: UserManager; problem: AuthProblem | null }) {
  const auth = useAuth();
  const [flow, setFlow] = useState<Flow>('code');
  const [redirecting, setRedirecting] = useState(false);
  const [startProblem, setStartProblem] = useState<AuthProblem | null>(null);
  const groupId = useId();

  const signIn = async () => {
    setStartProblem(null);
    setRedirecting(true);
    try {
      const returnTo = `${window.location.pathname}${window.location.search}`;
      await trustedMetadata(userManager); // refuse an identity server whose discovery names another issuer
      // oidc-client-ts sends no nonce for the code flow unless given one; it then checks it in the ID token.
      await auth.signinRedirect({ state: { returnTo }, nonce: randomToken() });
    } catch (error) {
      setRedirecting(false);
      setStartProblem(describeAuthError(error, environment.authority));
    }
  };

  const shown = startProblem ?? problem;
  return (
    <section className="card sign-in" aria-labelledby={`${groupId}-title`}>
      <h2 id={`${groupId}-title`}>Sign in to {environment.label}</h2>
      <p className="muted">
        You will be sent to <code>{new URL(environment.authority).host}</code> to sign in, then brought back here.
      </p>
      {shown ? <Alert title="Not signed in.">{shown.message}</Alert> : null}
      <fieldset className="flows">
        <legend>Login flow</legend>
        <label className="flow">
          <input type="radio" name={`${groupId}-flow`} value="code" checked={flow === 'code'} onChange={() => setFlow('code')} />
          <span>Authorization code + PKCE</span>
          <small className="muted">Recommended: tokens never appear in the address bar.</small>
        </label>
        <label className="flow">
          <input
            type="radio"
            name={`${groupId}-flow`}
            value="implicit"
            checked={flow === 'implicit'}
            onChange={() => setFlow('implicit')}
            disabled
            aria-describedby={`${groupId}-implicit-note`}
          />
          <span>Implicit</span>
          <small id={`${groupId}-implicit-note`} className="muted">
            Legacy flow that puts tokens in the URL; not available in this version.
          </small>
        </label>
      </fieldset>
      <button type="button" className="primary" onClick={() => void signIn()} disabled={redirecting}>
        Sign in
      </button>
      {redirecting ? <Status>Redirecting to the identity server…</Status> : null}
    </section>
  );
}
