import { useEffect } from 'react';
import { onNextPaint } from '../lib/preload';

const appName = 'Open Banking Explorer';

/**
 * Names the browser tab after the page, so history, tabs and screen readers say where the user is. Named
 * once the page has painted: the title's setter tells the browser at once, a millisecond or two at times,
 * which the page's first frame (a sign-in's accounts table) need not wait for.
 */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    let previous: string | null = null;
    const cancel = onNextPaint(() => {
      previous = document.title;
      document.title = `${title} – ${appName}`;
    });
    return () => {
      cancel();
      if (previous !== null) document.title = previous;
    };
  }, [title]);
}
