import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { Router } from 'wouter';
import { App } from './app/App';
import { opening, openingText } from './app/opening';

/**
 * Run by the build, in Node (prerender.ts at the project's root): the page a first visit opens with —
 * no answer in the address bar, storage that works and holds nothing, the build's default environment,
 * English — as HTML, so the browser paints it before the app's script has run. main.tsx renders the
 * same tree, so React can take this HTML over instead of building it again.
 */
export function prerender(): { html: string; opening: string } {
  const arrival = { callbackUrl: null, explorerRun: null };
  const html = renderToString(
    <StrictMode>
      <Router ssrPath="/">
        <App arrival={arrival} storage={null} />
      </Router>
    </StrictMode>,
  );
  return { html, opening: openingText(opening(arrival, null, '/')) };
}
