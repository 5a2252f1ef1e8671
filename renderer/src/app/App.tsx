// The app's root: Mantine theme and colour scheme (the OS's, or the user's override),
// notifications, and the routes (a HashRouter, so it works on app:// and a static server).
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { createHashRouter, RouterProvider } from 'react-router-dom';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { OrganizationsPage } from '../features/organizations/OrganizationsPage';
import { PartnershipPage } from '../features/partnership/PartnershipPage';
import { PartnershipFormPage } from '../features/partnerships/PartnershipFormPage';
import { PartnershipsPage } from '../features/partnerships/PartnershipsPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { useAppStore } from '../store/app-store';
import { AppLayout } from './AppLayout';
import { appTheme, cssVariablesResolver } from './theme';

const router = createHashRouter([
  {
    element: <AppLayout />,
    children: [
      { path: '/', element: <DashboardPage /> },
      { path: '/partnerships', element: <PartnershipsPage /> },
      { path: '/partnerships/new', element: <PartnershipFormPage /> },
      { path: '/partnerships/:id/edit', element: <PartnershipFormPage /> },
      { path: '/partnerships/:id', element: <PartnershipPage /> },
      { path: '/organizations', element: <OrganizationsPage /> },
      { path: '/reports', element: <ReportsPage /> },
      { path: '/settings', element: <SettingsPage /> },
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
