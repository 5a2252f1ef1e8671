// The app's root: Mantine theme and colour scheme (the OS's, or the user's override),
// notifications, and the routes (a HashRouter, so it works on app:// and a static server).
// The dashboard, the first screen, is in the entry chunk; every other screen is loaded on its
// first visit, so start-up parses only what the first screen needs.
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { createHashRouter, RouterProvider } from 'react-router-dom';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { useAppStore } from '../store/app-store';
import { AppLayout } from './AppLayout';
import { appTheme, cssVariablesResolver } from './theme';

const router = createHashRouter([
  {
    element: <AppLayout />,
    children: [
      { path: '/', element: <DashboardPage /> },
      {
        path: '/partnerships',
        lazy: async () => ({
          Component: (await import('../features/partnerships/PartnershipsPage')).PartnershipsPage,
        }),
      },
      {
        path: '/partnerships/new',
        lazy: async () => ({
          Component: (await import('../features/partnerships/PartnershipFormPage'))
            .PartnershipFormPage,
        }),
      },
      {
        path: '/partnerships/:id/edit',
        lazy: async () => ({
          Component: (await import('../features/partnerships/PartnershipFormPage'))
            .PartnershipFormPage,
        }),
      },
      {
        path: '/partnerships/:id',
        lazy: async () => ({
          Component: (await import('../features/partnership/PartnershipPage')).PartnershipPage,
        }),
      },
      {
        path: '/organizations',
        lazy: async () => ({
          Component: (await import('../features/organizations/OrganizationsPage'))
            .OrganizationsPage,
        }),
      },
      {
        path: '/reports',
        lazy: async () => ({
          Component: (await import('../features/reports/ReportsPage')).ReportsPage,
        }),
      },
      {
        path: '/settings',
        lazy: async () => ({
          Component: (await import('../features/settings/SettingsPage')).SettingsPage,
        }),
      },
      { path: '*', element: <DashboardPage /> },
    ],
  },
]);

export function App() {
  const themeOverride = useAppStore((s) => s.themeOverride);
  return (
    <MantineProvider
      theme={appTheme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
      forceColorScheme={themeOverride === 'auto' ? undefined : themeOverride}
    >
      <Notifications position="bottom-right" />
      <RouterProvider router={router} />
    </MantineProvider>
  );
}
