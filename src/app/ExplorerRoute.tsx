import { lazy, Suspense, useEffect, type ComponentProps } from 'react';
import { Status } from '../components/Status';
import { useMessages } from '../i18n/messages';
import { appMessages } from './messages';

// A chunk of its own, fetched only when someone opens it, with the page's query cache (a chunk the signed-in pages share).
const loadExplorer = () => Promise.all([import('../features/explorer/ExplorerPage'), import('./queries')]);
const ExplorerArea = lazy(async () => {
  const [{ default: ExplorerPage }, { QueryProvider }] = await loadExplorer();
  return {
    default: (props: ComponentProps<typeof ExplorerPage>) => (
      <QueryProvider>
        <ExplorerPage {...props} />
      </QueryProvider>
    ),
  };
});

export function ExplorerRoute(props: ComponentProps<typeof ExplorerArea>) {
  const t = useMessages(appMessages);
  return (
    <Suspense fallback={<Status>{t.loadingExplorer}</Status>}>
      <ExplorerArea {...props} />
    </Suspense>
  );
}

/** The explorer's place while the session's code is still on its way: its own code travels meanwhile. */
export function ExplorerPending() {
  const t = useMessages(appMessages);
  useEffect(() => void loadExplorer().catch(() => undefined), []); // a failure shows when the explorer renders
  return <Status>{t.loadingExplorer}</Status>;
}
