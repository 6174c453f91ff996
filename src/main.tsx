// First of all (before React is set up): the authorization response out of the address bar, the code it needs on its way.
import { arrival, storage } from './first';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { opening, openingText } from './app/opening';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
const app = (
  <StrictMode>
    <App arrival={arrival} storage={storage} />
  </StrictMode>
);
// The build's HTML of the signed-out home (src/prerender.tsx), painted before this script ran: taken over
// when this page opens with the same, else replaced (first-paint-guard.js has removed it in most such cases).
const prerendered = root.getAttribute('data-opening');
if (prerendered !== null && prerendered === openingText(opening(arrival, storage, window.location.pathname))) {
  hydrateRoot(root, app);
} else {
  root.replaceChildren();
  createRoot(root).render(app);
}
