// The screens that are not in the start-up bundle, each loaded on its first visit (the router's
// `lazy`), and fetched ahead in idle time once the first screen is up, so that a click on a
// section or a partnership does not wait for its code.
import type { ComponentType } from 'react';

type ScreenModule = () => Promise<{ Component: ComponentType }>;

export const SCREENS = {
  partnerships: async () => ({
    Component: (await import('../features/partnerships/PartnershipsPage')).PartnershipsPage,
  }),
  partnershipForm: async () => ({
    Component: (await import('../features/partnerships/PartnershipFormPage')).PartnershipFormPage,
  }),
  partnership: async () => ({
    Component: (await import('../features/partnership/PartnershipPage')).PartnershipPage,
  }),
  organizations: async () => ({
    Component: (await import('../features/organizations/OrganizationsPage')).OrganizationsPage,
  }),
  reports: async () => ({
    Component: (await import('../features/reports/ReportsPage')).ReportsPage,
  }),
  settings: async () => ({
    Component: (await import('../features/settings/SettingsPage')).SettingsPage,
  }),
} satisfies Record<string, ScreenModule>;

let prefetched = false;

/**
 * Loads every screen's code when the page is next idle, once per app start. Call it when the
 * first screen has shown its content: earlier, it would compete with it.
 */
export function prefetchScreensWhenIdle(): void {
  if (prefetched) return;
  prefetched = true;
  // A chunk that fails to load here is loaded again (and reported) on its visit.
  const loadAll = () => {
    for (const load of Object.values(SCREENS)) load().catch(() => undefined);
  };
  // Safari has no requestIdleCallback: there, a short delay stands in for idleness.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(loadAll, { timeout: 3000 });
  else setTimeout(loadAll, 500);
}
