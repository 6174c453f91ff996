import { useEffect, useState } from 'react';
import { useMessages } from '../i18n/messages';
import { appMessages } from './messages';

/** Minutes left on the access token; renewal resets it without the user doing anything. */
export function SessionTimer({ expiresAt }: { expiresAt: number }) {
  const t = useMessages(appMessages);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const interval = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(interval);
  }, []);
  const seconds = Math.max(0, expiresAt - Math.floor(now / 1000));
  const text = seconds >= 120 ? t.minutesLeft(Math.floor(seconds / 60)) : t.renewingSoon;
  return (
    <span className="session-timer muted" title={new Date(expiresAt * 1000).toLocaleTimeString()}>
      {text}
    </span>
  );
}
