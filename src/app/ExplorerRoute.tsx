import { lazy, Suspense, type ComponentProps } from 'react';
import { Status } from '../components/Status';
import { useMessages } from '../i18n/messages';
import { appMessages } from './messages';

// A chunk of its own: the explorer's code is fetched only when someone opens it.
const ExplorerPage = lazy(() => import('../features/explorer/ExplorerPage'));

export function ExplorerRoute(props: ComponentProps<typeof ExplorerPage>) {
  const t = useMessages(appMessages);
  return (
    <Suspense fallback={<Status>{t.loadingExplorer}</Status>}>
      <ExplorerPage {...props} />
    </Suspense>
  );
}
