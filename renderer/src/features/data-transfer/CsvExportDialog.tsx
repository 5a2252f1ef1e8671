// "Export CSV": choose what to export (records, or one partnership's health series with its
// period and step) and save it through the platform with a .csv filter.
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { localIsoDate } from '../../../../core/domain/dates';
import type { SeriesStep } from '../../../../core/domain/health-series';
import { errorMessage } from '../../app/error-message';
import { readAllData } from '../../db/dataset-repository';
import { platform } from '../../platform/platform';
import { usePartnerships } from '../partnerships/use-partnerships';
import {
  buildCsvExport,
  EXPORT_CHOICES,
  SERIES_PERIODS,
  type ExportKind,
  type SeriesPeriod,
} from './csv-export-choices';

export function CsvExportDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [kind, setKind] = useState<ExportKind>('pulses');
  const [partnershipId, setPartnershipId] = useState<string | null>(null);
  const [period, setPeriod] = useState<SeriesPeriod>('1y');
  const [step, setStep] = useState<SeriesStep>('month');
  const [saving, setSaving] = useState(false);
  const partnerships = usePartnerships();
  const options =
    partnerships.status === 'ready'
      ? partnerships.data.map((p) => ({ value: p.id, label: p.name }))
      : [];
  const needsPartnership = kind === 'healthSeries' && partnershipId === null;

  async function save() {
    setSaving(true);
    try {
      const today = localIsoDate(new Date());
      const file = buildCsvExport(kind, await readAllData(), today, {
        partnershipId: partnershipId ?? '',
        period,
        step,
      });
      const result = await platform.saveFile({
        suggestedName: file.fileName,
        kind: 'csv',
        content: file.text,
      });
      if (result.saved) {
        notifications.show({
          color: 'teal',
          title: 'CSV exported',
          message: `${file.rows} rows written to ${result.path ?? file.fileName}.`,
        });
        onClose();
      }
    } catch (error) {
      notifications.show({ color: 'red', title: 'CSV not exported', message: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Export CSV"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack gap="md">
        <Select
          label="What to export"
          data={EXPORT_CHOICES}
          value={kind}
          onChange={(value) => value && setKind(value as ExportKind)}
          allowDeselect={false}
        />
        {kind === 'healthSeries' && (
          <>
            <Select
              label="Partnership"
              placeholder="Choose a partnership"
              data={options}
              value={partnershipId}
              onChange={setPartnershipId}
              searchable
            />
            <Select
              label="Period"
              data={SERIES_PERIODS}
              value={period}
              onChange={(value) => value && setPeriod(value as SeriesPeriod)}
              allowDeselect={false}
            />
            <Select
              label="One point per"
              data={[
                { value: 'week', label: 'Week' },
                { value: 'month', label: 'Month' },
              ]}
              value={step}
              onChange={(value) => value && setStep(value as SeriesStep)}
              allowDeselect={false}
            />
          </>
        )}
        <Text size="sm" c="dimmed">
          The file opens in any spreadsheet (UTF-8, comma-separated). Cells that a spreadsheet would
          run as formulas are written as text.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void save()} loading={saving} disabled={needsPartnership}>
            Save CSV
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
