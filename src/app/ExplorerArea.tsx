import type { ComponentProps } from 'react';
import ExplorerPage from '../features/explorer/ExplorerPage';
import { QueryProvider } from './queries';

/** The explorer with the page's query cache: a chunk of its own, fetched only when someone opens it. */
export default function ExplorerArea(props: ComponentProps<typeof ExplorerPage>) {
  return (
    <QueryProvider>
      <ExplorerPage {...props} />
    </QueryProvider>
  );
}
