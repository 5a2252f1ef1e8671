// The top-level error boundary, for errors outside the router's screens (the notifications, the
// router itself): the whole window shows the error screen instead of going blank.
import { Container } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { Component, type ReactNode } from 'react';
import { ErrorScreen } from './ErrorScreen';

interface State {
  /** What was thrown; `undefined` while nothing was. */
  error: unknown;
  failed: boolean;
}

export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  private backToPortfolio = () => {
    window.location.hash = '#/';
    this.setState({ error: undefined, failed: false });
  };

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Container component="main" py="xl">
        <ErrorScreen
          error={this.state.error}
          scope="app"
          onBackToPortfolio={this.backToPortfolio}
        />
        {/* The app's own notifications are gone with it; "Back up data" reports through these. */}
        <Notifications position="bottom-right" />
      </Container>
    );
  }
}
