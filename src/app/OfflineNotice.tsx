import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useMessages } from '../i18n/messages';
import { appMessages } from './messages';

/** While the browser is offline, queries wait (react-query pauses them) and the user is told why. */
export function OfflineNotice() {
  const t = useMessages(appMessages);
  const online = useSyncExternalStore(
    (listener) => onlineManager.subscribe(listener),
    () => onlineManager.isOnline(),
    () => true, // a page rendered ahead (the build's prerender) is online; the browser's own state follows
  );
  return online ? null : (
    <p role="status" className="notice">
      {t.offline}
    </p>
  );
}
