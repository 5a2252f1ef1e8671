// Entry point of the renderer: styles, then the React root.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element; the app cannot start.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
