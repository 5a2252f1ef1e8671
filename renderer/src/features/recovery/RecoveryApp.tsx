// The page root when the database does not open: the app's theme around the recovery screen,
// with no routes and nothing else that would touch the database.
import { MantineProvider } from '@mantine/core';
import { appTheme, cssVariablesResolver } from '../../app/theme';
import type { OpenFailure } from '../../db/open-database';
import { RecoveryScreen } from './RecoveryScreen';

export function RecoveryApp({ failure }: { failure: OpenFailure }) {
  return (
    <MantineProvider
      theme={appTheme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
    >
      <RecoveryScreen failure={failure} />
    </MantineProvider>
  );
}
