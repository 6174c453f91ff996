import { useCallback, useState } from 'react';
import { useNow } from '../components/use-now';
import { useFormat } from '../i18n/format';
import { useMessages } from '../i18n/messages';
import { useWhenIdle } from '../lib/preload';
import { appMessages } from './messages';

/** Minutes left on the access token; renewal resets it without the user doing anything. */
export function SessionTimer({ expiresAt }: { expiresAt: number }) {
  const t = useMessages(appMessages);
  const format = useFormat();
  const now = useNow();
  // The exact time, for the tooltip: formatted when the page is idle, not in the render that shows the data.
  const [title, setTitle] = useState<string>();
  useWhenIdle(useCallback(() => setTitle(format.time(new Date(expiresAt * 1000))), [format, expiresAt]));
  const seconds = Math.max(0, expiresAt - Math.floor(now.getTime() / 1000));
  const text = seconds >= 120 ? t.minutesLeft(Math.floor(seconds / 60)) : t.renewingSoon;
  return (
    <span className="session-timer muted" title={title}>
      {text}
    </span>
  );
}
