import { useEffect, useId, useRef } from 'react';
import { useMessages } from '../../../i18n/messages';
import { explorerMessages } from '../messages';
import type { SharedSetup } from './share-link';

/** A shared link's setup, applied only once the user has seen and accepted the identity server it names. */
export function SharedSetupPrompt({
  setup,
  currentAuthority,
  onAccept,
  onDecline,
}: {
  setup: SharedSetup;
  currentAuthority: string;
  onAccept: () => void;
  onDecline: () => void;
}) {
  const t = useMessages(explorerMessages);
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card explorer-section shared-setup" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t.sharedTitle}
      </h2>
      <p>{t.sharedIntro}</p>
      <p>
        {t.sharedAuthority} <code className="wrap">{setup.authority}</code>
      </p>
      {setup.authority === currentAuthority ? null : <p className="warning-text">{t.sharedOtherAuthority(currentAuthority)}</p>}
      <div className="actions">
        <button type="button" className="primary" onClick={onAccept}>
          {t.sharedAccept}
        </button>
        <button type="button" onClick={onDecline}>
          {t.sharedDecline}
        </button>
      </div>
    </section>
  );
}
