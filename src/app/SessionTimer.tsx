import { useNow } from '../components/use-now';
import { useMessages } from '../i18n/messages';
import { appMessages } from './messages';

/** Minutes left on the access token; renewal resets it without the user doing anything. */
export function SessionTimer({ expiresAt }: { expiresAt: number }) {
  const t = useMessages(appMessages);
  const now = useNow();
  const seconds = Math.max(0, expiresAt - Math.floor(now.getTime() / 1000));
  const text = seconds >= 120 ? t.minutesLeft(Math.floor(seconds / 60)) : t.renewingSoon;
  return (
    <span className="session-timer muted" title={new Date(expiresAt * 1000).toLocaleTimeString()}>
      {text}
    </span>
  );
}
