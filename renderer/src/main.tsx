// Entry point of the renderer: styles, then automatic backups are armed (desktop only: they must
// be in place before the first open), then the database is opened, then the React root shows
// the app — or, when the database does not open, the recovery screen (the database is kept).
// On the dashboard, the portfolio worker starts first of all (early-start.ts) and reads as soon
// as the database is open, while React renders.
// Inter ships with the app (no download), so screens and PDF reports share one typeface.
import { startsOnDashboard } from './app/early-start';
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { openAppDatabase } from './db/open-database';
import { startAutomaticBackups } from './features/auto-backup/automatic-backups';
import { primePortfolio } from './features/dashboard/portfolio-feed';
import { RecoveryApp } from './features/recovery/RecoveryApp';

// Performance marks ('ph:…') time the start-up for the bench and DevTools' Performance panel.
performance.mark('ph:app-start');
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element; the app cannot start.');
const reactRoot = createRoot(root);
void startAutomaticBackups()
  .then(() => openAppDatabase())
  .then((outcome) => {
    performance.mark('ph:db-open');
    if (outcome.ok && startsOnDashboard) primePortfolio();
    reactRoot.render(
      <StrictMode>{outcome.ok ? <App /> : <RecoveryApp failure={outcome.failure} />}</StrictMode>,
    );
  });
