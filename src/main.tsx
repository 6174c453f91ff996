import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { takeArrival } from './auth';
import './styles.css';

// First of all: take the authorization response out of the address bar.
const arrival = takeArrival();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App arrival={arrival} />
  </StrictMode>,
);
