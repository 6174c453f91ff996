import { useState } from 'react';
import { useNow } from '../components/use-now';
import { useFormat } from '../i18n/format';
import { useMessages } from '../i18n/messages';
import { appMessages } from './messages';

/** Minutes left on the access token; renewal resets it without the user doing anything. */
export function SessionTimer({ expiresAt }: { expiresAt: number }) {
  const t = useMessages(appMessages);
  const format = useFormat();
  const now = useNow();
  // The exact time, for the tooltip: formatted once the pointer comes to it. It would be the page's first use
  // of Intl, which costs 10-25 ms on a fresh page; when idle, that landed while a sign-in's data was on its way.
  const [pointedAt, setPointedAt] = useState(false);
  const title = pointedAt ? format.time(new Date(expiresAt * 1000)) : undefined;
  const seconds = Math.max(0, expiresAt - Math.floor(now.getTime() / 1000));
  const text = seconds >= 120 ? t.minutesLeft(Math.floor(seconds / 60)) : t.renewingSoon;
  return (
    <span className="session-timer muted" title={title} onPointerEnter={() => setPointedAt(true)}>
      {text}
    </span>
  );
}
