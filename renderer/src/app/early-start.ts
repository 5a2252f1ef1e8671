// Imported first by main.tsx, so it runs before the rest of the app's code is evaluated: on the
// dashboard, the portfolio worker starts loading its script at once, in parallel.
import { startPortfolioWorker } from '../features/dashboard/portfolio-feed';

/** The app opens on the dashboard ('#/', or no hash at all). */
export const startsOnDashboard = ['', '#', '#/'].includes(window.location.hash);
if (startsOnDashboard) startPortfolioWorker();
