import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { takeCallbackUrl } from './auth/callback-url';
import { installWireLog } from './auth/wire-log';
import './styles.css';

// First of all: take the authorization response out of the address bar.
const callbackUrl = takeCallbackUrl();
installWireLog();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App callbackUrl={callbackUrl} />
  </StrictMode>,
);
