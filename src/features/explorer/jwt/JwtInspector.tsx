import { EmbeddedJWK } from 'jose';
import { useId, useMemo, useState, type JSX } from 'react';
import { keysAt } from '../../../auth';
import { Alert } from '../../../components/Alert';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/messages';
import '../explorer-parts.css';
import { jwtKind } from './binding';
import { decodeToken, jwksKeySource, normaliseToken, type KeySource } from './inspect';
import { KeyBinding } from './KeyBinding';
import { jwtMessages } from './messages';
import { parsePastedKey, pastedKeySource } from './pasted-key';
import { ToggleButton } from './ToggleButton';
import { TokenDetails } from './TokenDetails';
import { useTokenChecks } from './use-token-checks';

interface JwtInspectorProps {
  /** The current tokens to inspect, e.g. [{ label: 'Access token', token }, { label: 'ID token', token }]; may be empty (signed out). */
  tokens: { label: string; token: string }[];
  /** The current access token, for checking an ID token's at_hash. */
  accessToken?: string;
  /** The environment's JWKS URI (from discovery), to verify signatures; undefined when discovery failed. */
  jwksUri?: string;
}

function JwksLabel({ jwksUri }: { jwksUri: string | undefined }) {
  return jwksUri ? <code className="break">{jwksUri}</code> : null;
}

/** The raw token, masked until the user asks to see it: header, payload and signature coloured apart. */
function RawToken({ token }: { token: string }) {
  const t = useMessages(jwtMessages);
  const format = useFormat();
  const [revealed, setRevealed] = useState(false);
  const parts = normaliseToken(token).split('.');
  return (
    <div className="raw-token">
      <div className="raw-token-bar">
        <span className="raw-token-label">{t.token}</span>
        <ToggleButton pressed={revealed} onToggle={setRevealed}>
          {t.reveal}
        </ToggleButton>
      </div>
      {revealed ? (
        <code className="raw-token-text break">
          {parts.map((part, index) => (
            <span key={index}>
              {index > 0 ? '.' : null}
              <span className={`raw-token-part-${Math.min(index, 2)}`}>{part}</span>
            </span>
          ))}
        </code>
      ) : (
        <p className="raw-token-hidden muted">
          <span aria-hidden="true" className="mask">
            ••••••••••••••••
          </span>{' '}
          {t.hidden(format.number(token.length))}
        </p>
      )}
    </div>
  );
}

function TokenCard({ label, token, accessToken, keys, jwksUri }: { label: string; token: string; accessToken?: string; keys?: KeySource; jwksUri?: string }) {
  const t = useMessages(jwtMessages);
  const headingId = useId();
  const decoded = useMemo(() => decodeToken(token), [token]);
  const checks = useTokenChecks(decoded.ok ? decoded.jwt : undefined, keys, accessToken);
  return (
    <article className="token-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{label}</h3>
      <RawToken token={token} />
      {decoded.ok ? (
        <>
          <TokenDetails jwt={decoded.jwt} checks={checks} keysLabel={<JwksLabel jwksUri={jwksUri} />} />
          <KeyBinding jwt={decoded.jwt} />
        </>
      ) : (
        <Alert title={t.notReadable}>{t.problem(decoded.problem)}</Alert>
      )}
    </article>
  );
}

const embeddedKey: KeySource = { origin: 'pasted', getKey: EmbeddedJWK };

function PastedToken({ accessToken, keys, jwksUri }: { accessToken?: string; keys?: KeySource; jwksUri?: string }) {
  const t = useMessages(jwtMessages);
  const id = useId();
  const [tokenText, setTokenText] = useState('');
  const [keyText, setKeyText] = useState('');
  const decoded = useMemo(() => (tokenText.trim() === '' ? undefined : decodeToken(tokenText)), [tokenText]);
  const pastedKey = useMemo(() => parsePastedKey(keyText), [keyText]);
  const pastedSource = useMemo(() => (pastedKey?.ok ? pastedKeySource(pastedKey.key) : undefined), [pastedKey]);
  const proof = decoded?.ok === true && jwtKind(decoded.jwt) === 'dpop_proof';
  // A DPoP proof is checked with the key it carries (RFC 9449 §4.3), not the identity server's.
  const source = pastedKey ? pastedSource : proof ? embeddedKey : keys;
  const checks = useTokenChecks(decoded?.ok && !(pastedKey && !pastedKey.ok) ? decoded.jwt : undefined, source, accessToken);

  return (
    <section className="paste-token" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.pasteTitle}</h3>
      <div className="paste-fields">
        <div className="field">
          <label htmlFor={`${id}-jwt`}>{t.jwtLabel}</label>
          <textarea
            id={`${id}-jwt`}
            rows={5}
            value={tokenText}
            onChange={(event) => setTokenText(event.target.value)}
            aria-describedby={`${id}-jwt-hint`}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            className="mono"
          />
          <small id={`${id}-jwt-hint`} className="muted">
            {t.jwtHint}
          </small>
        </div>
        <div className="field">
          <label htmlFor={`${id}-key`}>{t.keyLabel}</label>
          <textarea
            id={`${id}-key`}
            rows={5}
            value={keyText}
            onChange={(event) => setKeyText(event.target.value)}
            aria-describedby={`${id}-key-hint`}
            aria-invalid={pastedKey && !pastedKey.ok ? true : undefined}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            className="mono"
          />
          <small id={`${id}-key-hint`} className="muted">
            {t.keyHint}
          </small>
        </div>
      </div>
      {pastedKey && !pastedKey.ok ? <Alert>{t.keyProblem(pastedKey.problem)}</Alert> : null}
      {pastedKey?.ok && pastedKey.privatePartsRemoved ? <Alert>{t.privatePartsRemoved}</Alert> : null}
      {decoded && !decoded.ok ? <Alert title={t.notReadable}>{t.problem(decoded.problem)}</Alert> : null}
      {decoded?.ok ? (
        <>
          <TokenDetails
            jwt={decoded.jwt}
            checks={checks}
            keyProblem={pastedKey !== undefined && !pastedKey.ok}
            keysLabel={pastedKey ? t.pastedKeyName : proof ? t.binding.proofKey : <JwksLabel jwksUri={jwksUri} />}
          />
          <KeyBinding jwt={decoded.jwt} />
        </>
      ) : null}
    </section>
  );
}

/** Every token decoded, explained in words and verified: the current ones, and any pasted. */
export function JwtInspector({ tokens, accessToken, jwksUri }: JwtInspectorProps): JSX.Element {
  const t = useMessages(jwtMessages);
  const headingId = useId();
  const keys = useMemo(() => (jwksUri ? jwksKeySource(keysAt(jwksUri)) : undefined), [jwksUri]);
  return (
    <section className="card explorer-part jwt-inspector" aria-labelledby={headingId}>
      <h2 id={headingId} lang="en">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      {tokens.length === 0 ? <p className="muted">{t.noTokens}</p> : null}
      {tokens.map(({ label, token }, index) => (
        <TokenCard key={`${index}-${label}`} label={label} token={token} accessToken={accessToken} keys={keys} jwksUri={jwksUri} />
      ))}
      <PastedToken accessToken={accessToken} keys={keys} jwksUri={jwksUri} />
    </section>
  );
}
