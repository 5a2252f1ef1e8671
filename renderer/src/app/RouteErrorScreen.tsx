// The router's error element: a screen that throws while loading or rendering shows the error
// screen in its place (inside the app shell, which keeps working) instead of react-router's
// developer page. At the root, where the shell itself failed, it fills the page.
import { Container } from '@mantine/core';
import { useNavigate, useRouteError } from 'react-router-dom';
import { ErrorScreen } from './ErrorScreen';

export function RouteErrorScreen({ withoutShell = false }: { withoutShell?: boolean }) {
  const error = useRouteError();
  const navigate = useNavigate();
  // A navigation, even to the path already shown, clears the router's error.
  const screen = (
    <ErrorScreen
      error={error}
      scope={withoutShell ? 'app' : 'screen'}
      onBackToPortfolio={() => void navigate('/')}
    />
  );
  return withoutShell ? (
    <Container component="main" py="xl">
      {screen}
    </Container>
  ) : (
    screen
  );
}
