// First of all (before React is set up): the authorization response out of the address bar, the code it needs on its way.
import { arrival, storage } from './first';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App arrival={arrival} storage={storage} />
  </StrictMode>,
);
