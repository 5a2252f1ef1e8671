// The Reports screen's buttons (Export PDF, Preview PDF) and the progress shown while the PDF is
// made in its worker, with the seconds counting and a way to cancel.
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconEye } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../app/error-message';
import type { useReportPdf } from './use-report-pdf';

export function ReportActions(props: {
  disabled: boolean;
  rendering: boolean;
  pdf: ReturnType<typeof useReportPdf>;
}) {
  const { disabled, rendering, pdf } = props;
  const [saving, setSaving] = useState(false);

  async function exportPdf() {
    setSaving(true);
    try {
      const outcome = await pdf.exportPdf();
      if (outcome.saved) {
        notifications.show({
          color: 'teal',
          title: 'Report exported',
          message: outcome.path ? `Saved to ${outcome.path}.` : `Saved as ${outcome.fileName}.`,
        });
      }
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Report not exported',
        message: errorMessage(error),
      });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Stack gap="sm" mt="xl">
      <Button
        leftSection={<IconDownload size={16} />}
        disabled={disabled}
        loading={saving}
        onClick={() => void exportPdf()}
      >
        Export PDF
      </Button>
      <Button
        variant="default"
        leftSection={<IconEye size={16} />}
        disabled={disabled || rendering}
        onClick={() => void pdf.make()}
      >
        Preview PDF
      </Button>
    </Stack>
  );
}

export function RenderingProgress(props: { startedAt: number; onCancel: () => void }) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const timer = setInterval(
      () => setSeconds(Math.floor((performance.now() - props.startedAt) / 1000)),
      250,
    );
    return () => clearInterval(timer);
  }, [props.startedAt]);
  return (
    <Stack gap={6} role="status" aria-live="polite">
      <Group justify="space-between" align="center">
        <Text size="sm" fw={500}>
          Making the PDF{seconds > 0 ? ` (${seconds} s)` : ''}…
        </Text>
        <Button variant="subtle" size="compact-sm" onClick={props.onCancel}>
          Cancel
        </Button>
      </Group>
      <Progress value={100} animated striped aria-label="Making the PDF" />
      <Text size="xs" c="dimmed">
        Pages are laid out in the background; a whole portfolio with sections takes a few seconds.
      </Text>
    </Stack>
  );
}
