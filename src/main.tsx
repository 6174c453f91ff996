import './config/zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { takeCallbackUrl } from './auth/callback-url';
import { recordCallback } from './auth/redirects';
import { installWireLog } from './auth/wire-log';
import { takeExplorerRun } from './auth/explorer-run';
import './styles.css';

// First of all: take the authorization response out of the address bar.
const callbackUrl = takeCallbackUrl();
installWireLog();
// A request built and run in the explorer comes back to the same /callback as a sign-in.
const explorerRun = callbackUrl ? takeExplorerRun(callbackUrl) : null;
if (explorerRun && callbackUrl) recordCallback(callbackUrl);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App callbackUrl={explorerRun ? null : callbackUrl} explorerRun={explorerRun} />
  </StrictMode>,
);
