// Imported first by main.tsx, so it runs before the rest of the app's code is evaluated: on the
// dashboard, the portfolio worker starts loading its script at once, in parallel.
import { startPortfolioWorker } from '../features/dashboard/portfolio-feed';

/** The app opens on the dashboard ('#/', no hash at all, or '#/?band=…' with its filters). */
export const startsOnDashboard = ['', '/'].includes(window.location.hash.slice(1).split('?')[0]!);
if (startsOnDashboard) startPortfolioWorker();
