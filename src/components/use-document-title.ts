import { useEffect } from 'react';

const appName = 'Open Banking Explorer';

/** Names the browser tab after the page, so history, tabs and screen readers say where the user is. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    const previous = document.title;
    document.title = `${title} – ${appName}`;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
