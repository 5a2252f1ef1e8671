// What replaces a screen that failed to render (and, at the top, the whole app): a plain
// sentence saying what happened and what to do, a way back to the portfolio, a backup of the
// data, and the technical details behind a disclosure for a bug report.
import { Alert, Button, Code, Collapse, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { backUpData } from '../features/backup/backup-actions';
import { platform } from '../platform/platform';
import { errorDetails } from './error-details';

export interface ErrorScreenProps {
  error: unknown;
  /** 'screen': one screen failed, the rest of the app works; 'app': the whole app failed. */
  scope: 'screen' | 'app';
  onBackToPortfolio: () => void;
}

const TITLES: Record<ErrorScreenProps['scope'], string> = {
  screen: 'This screen could not be shown',
  app: 'Partnership Health ran into a problem',
};

export function ErrorScreen({ error, scope, onBackToPortfolio }: ErrorScreenProps) {
  const [detailsShown, setDetailsShown] = useState(false);
  const [backingUp, setBackingUp] = useState(false);
  const detailsId = useId();
  const details = errorDetails(error);
  const backUp = async () => {
    setBackingUp(true);
    try {
      await backUpData(platform);
    } finally {
      setBackingUp(false);
    }
  };
  return (
    <Stack component="section" gap="lg" maw={720} aria-labelledby={`${detailsId}-title`}>
      <Group gap="sm" wrap="nowrap" align="center">
        <IconAlertTriangle size={28} color="var(--mantine-color-red-filled)" aria-hidden />
        <Title order={1} fz="h2" id={`${detailsId}-title`}>
          {TITLES[scope]}
        </Title>
      </Group>
      <Text>
        Something unexpected went wrong while showing it. Your records have not been changed. Go
        back to the portfolio and try again; if it happens again, back up your data and keep the
        technical details below for a bug report.
      </Text>
      <Group gap="sm">
        <Button onClick={onBackToPortfolio}>Back to portfolio</Button>
        <Button variant="default" loading={backingUp} onClick={() => void backUp()}>
          Back up data
        </Button>
      </Group>
      <div>
        <Button
          variant="subtle"
          color="gray"
          size="compact-sm"
          leftSection={
            detailsShown ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />
          }
          aria-expanded={detailsShown}
          aria-controls={detailsId}
          onClick={() => setDetailsShown((shown) => !shown)}
        >
          Technical details
        </Button>
        <Collapse expanded={detailsShown} id={detailsId}>
          <Alert color="gray" variant="light" mt="xs" title={details.summary}>
            {details.stack !== null && (
              <Code block fz="xs" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                {details.stack}
              </Code>
            )}
          </Alert>
        </Collapse>
      </div>
    </Stack>
  );
}
