import { useState } from 'react';
import type { MaskedSecret, Revealed } from '../../auth';
import { useMessages } from '../../i18n/messages';
import { ToggleButton } from './jwt/ToggleButton';
import { isSecretName } from './har/mask';
import { explorerMessages } from './messages';

/** Parameters whose values are secrets: shown masked until the user reveals them. */
export const secretNames = new Set([
  'access_token',
  'refresh_token',
  'id_token',
  'id_token_hint',
  'code',
  'code_verifier',
  'client_secret',
  'password',
  'token',
  'Authorization',
]);

export function mask(value: string): string {
  // An Authorization header keeps its scheme in sight: Bearer or DPoP is the point of showing it.
  const scheme = /^(Bearer|DPoP|Basic) (.+)$/i.exec(value);
  if (scheme?.[1] && scheme[2]) return `${scheme[1]} ${mask(scheme[2])}`;
  return value.length <= 8 ? '•'.repeat(value.length) : `${value.slice(0, 4)}…${value.slice(-4)}`;
}

/** A secret value, masked ("eyJh…X2kQ, 812 characters") until revealed. */
export function Secret({ value }: { value: string }) {
  const t = useMessages(explorerMessages);
  const [revealed, setRevealed] = useState(false);
  return (
    <span className="secret">
      <code className="secret-value">{revealed ? value : mask(value)}</code>{' '}
      {revealed ? null : <span className="muted">({t.characters(value.length)})</span>}{' '}
      <ToggleButton pressed={revealed} onToggle={setRevealed}>
        {t.reveal}
      </ToggleButton>
    </span>
  );
}

/** A value that may be secret, by the name it travels under. */
export function ParamValue({ name, value }: { name: string; value: string }) {
  return secretNames.has(name) || isSecretName(name) ? <Secret value={value} /> : <code className="param-value">{value}</code>;
}

/** A secret the wire log masked when it recorded it: revealed from this page's memory, or said to be gone. */
export function RecordedSecret({ masked, secret, reveal }: { masked: string; secret: MaskedSecret; reveal: () => Revealed | null }) {
  const t = useMessages(explorerMessages);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  if (!secret.kept) {
    return (
      <span className="secret">
        <code className="secret-value">{masked}</code> <span className="muted">{t.secretNeverKept}</span>
      </span>
    );
  }
  return (
    <span className="secret">
      <code className="secret-value">{revealed?.state === 'shown' ? revealed.value : masked}</code>{' '}
      {revealed || secret.length === null ? null : <span className="muted">({t.characters(secret.length)})</span>}{' '}
      <ToggleButton pressed={revealed !== null} onToggle={(pressed) => setRevealed(pressed ? reveal() : null)}>
        {t.reveal}
      </ToggleButton>
      {revealed?.state === 'gone' ? <span role="status"> {t.secretGone}</span> : null}
    </span>
  );
}
