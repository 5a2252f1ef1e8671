// The app's root: Mantine theme and colour scheme (the OS's, or the user's override),
// notifications, and the routes (a HashRouter, so it works on app:// and a static server). A
// screen that fails shows the error screen (RouteErrorScreen), as does the app (AppErrorBoundary).
// The dashboard, the first screen, is in the entry chunk; the other screens are loaded apart
// (screens.ts), so start-up parses only what the first screen needs.
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { createHashRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { useAppStore } from '../store/app-store';
import { AppErrorBoundary } from './AppErrorBoundary';
import { AppLayout } from './AppLayout';
import { RouteErrorScreen } from './RouteErrorScreen';
import { SCREENS } from './screens';
import { appTheme, cssVariablesResolver } from './theme';

const SCREEN_ROUTES: RouteObject[] = [
  { path: '/', element: <DashboardPage /> },
  { path: '/partnerships', lazy: SCREENS.partnerships },
  { path: '/partnerships/new', lazy: SCREENS.partnershipForm },
  { path: '/partnerships/:id/edit', lazy: SCREENS.partnershipForm },
  { path: '/partnerships/:id', lazy: SCREENS.partnership },
  { path: '/organizations', lazy: SCREENS.organizations },
  { path: '/reports', lazy: SCREENS.reports },
  { path: '/settings', lazy: SCREENS.settings },
  { path: '*', element: <DashboardPage /> },
];

const router = createHashRouter([
  {
    element: <AppLayout />,
    // The shell itself failed: the error screen fills the window.
    errorElement: <RouteErrorScreen withoutShell />,
    children: [
      {
        // A screen that fails to load or render shows the error screen in its place, inside the
        // shell, never react-router's developer page. (An errorElement on each lazy route itself
        // would not do: react-router 7 leaves a screen whose code failed to load blank then.)
        errorElement: <RouteErrorScreen />,
        children: SCREEN_ROUTES,
      },
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
      <AppErrorBoundary>
        <Notifications position="bottom-right" />
        <RouterProvider router={router} />
      </AppErrorBoundary>
    </MantineProvider>
  );
}
