// First run: what the app does and the two ways to begin.
import { Button, EmptyState, Paper } from '@mantine/core';
import { IconHeartHandshake, IconPlus } from '@tabler/icons-react';
import { useNavigate } from 'react-router-dom';
import { NEW_PARTNERSHIP_PATH } from '../../app/navigation';
import { LoadSampleButton } from './LoadSampleButton';

export function WelcomeEmptyState() {
  const navigate = useNavigate();
  return (
    <Paper withBorder p="xl" radius="lg">
      <EmptyState
        variant="light"
        size="lg"
        icon={<IconHeartHandshake size={36} stroke={1.6} />}
        title="Welcome to Partnership Health"
        description="Keep the records behind each partnership (check-ins, goals, contributions, frictions) and see how healthy each one is. Everything stays on this computer."
      >
        <EmptyState.Actions>
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => navigate(NEW_PARTNERSHIP_PATH)}
          >
            New partnership
          </Button>
          <LoadSampleButton variant="default" />
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
