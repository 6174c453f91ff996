import type { ReactNode } from 'react';
import { Alert } from '../../../components/Alert';
import { useFormat } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import { ClaimList } from './ClaimList';
import { explainHeader, explainPayload, validityOf, type AtHashCheck, type DecodedJwt, type SignatureCheck } from './inspect';
import { jwtMessages } from './messages';
import { relativeTime } from './relative-time';
import { useNow } from '../../../components/use-now';
import type { TokenChecks } from './use-token-checks';

const goodSignatures: SignatureCheck['status'][] = ['valid', 'no_keys'];
const goodAtHashes: AtHashCheck['status'][] = ['match', 'no_access_token'];

function CheckResult({ good, children }: { good: boolean; children: string }) {
  return good ? <p className="check check-good">{children}</p> : <Alert>{children}</Alert>;
}

/**
 * Header, payload and signature side by side (stacked on narrow screens), with the signature and
 * `at_hash` checks announced as they finish. `keyProblem` replaces the signature check when the
 * key to check with is unusable.
 */
export function TokenDetails({ jwt, checks, keysLabel, keyProblem }: { jwt: DecodedJwt; checks: TokenChecks | undefined; keysLabel?: ReactNode; keyProblem?: boolean }) {
  const t = useMessages(jwtMessages);
  const { locale } = useLanguage();
  const format = useFormat();
  const now = useNow();
  const relative = (seconds: number) => relativeTime(seconds, locale);
  const validity = validityOf(jwt.payload, now);

  return (
    <div className="jwt-details">
      <p className={validity.state === 'valid' || validity.state === 'no_expiry' ? 'jwt-validity' : 'jwt-validity jwt-validity-bad'}>{t.validity(validity, relative)}</p>
      <div className="jwt-parts">
        <div className="jwt-part jwt-part-header">
          <h4>{t.header}</h4>
          <ClaimList entries={explainHeader(jwt.header)} meanings={{ ...t.claims, ...t.headerParameters }} />
          <details>
            <summary>{t.json}</summary>
            <pre className="json">{JSON.stringify(jwt.header, null, 2)}</pre>
          </details>
        </div>
        <div className="jwt-part jwt-part-payload">
          <h4>{t.payload}</h4>
          <ClaimList entries={explainPayload(jwt.payload, now)} meanings={{ ...t.headerParameters, ...t.claims }} />
          <details>
            <summary>{t.json}</summary>
            <pre className="json">{JSON.stringify(jwt.payload, null, 2)}</pre>
          </details>
        </div>
        <div className="jwt-part jwt-part-signature">
          <h4>{t.signature}</h4>
          <dl className="facts">
            <dt>{t.algorithm}</dt>
            <dd>
              <code>{jwt.alg}</code>
            </dd>
            <dt>{t.signature}</dt>
            <dd>{t.signatureBytes(format.number(jwt.signatureLength))}</dd>
            {keysLabel ? (
              <>
                <dt>{t.checkedAgainst}</dt>
                <dd>{keysLabel}</dd>
              </>
            ) : null}
          </dl>
          <div role="status" className="check-status">
            {keyProblem ? <p className="check">{t.keyUnusable}</p> : null}
            {!keyProblem && !checks ? <p className="check">{t.checking}</p> : null}
            {!keyProblem && checks && goodSignatures.includes(checks.signature.status) ? <CheckResult good>{t.signatureCheck(checks.signature)}</CheckResult> : null}
            {checks?.atHash && goodAtHashes.includes(checks.atHash.status) ? <CheckResult good>{t.atHash(checks.atHash)}</CheckResult> : null}
          </div>
          {!keyProblem && checks && !goodSignatures.includes(checks.signature.status) ? <CheckResult good={false}>{t.signatureCheck(checks.signature)}</CheckResult> : null}
          {checks?.atHash && !goodAtHashes.includes(checks.atHash.status) ? <CheckResult good={false}>{t.atHash(checks.atHash)}</CheckResult> : null}
        </div>
      </div>
    </div>
  );
}
