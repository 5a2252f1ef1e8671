// The period and step every chart and list on the partnership page follows.
import { Group, SegmentedControl, Text, TextInput } from '@mantine/core';
import type { SeriesStep } from '../../../../core/domain/health-series';
import { PERIOD_LABELS, PERIOD_PRESETS, type PeriodChoice, type PeriodPreset } from './period';

export function PeriodPicker(props: {
  choice: PeriodChoice;
  onChange: (choice: PeriodChoice) => void;
  error: string | null;
}) {
  const { choice, onChange, error } = props;
  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <div>
        <Text size="sm" fw={500} mb={4} id="period-label">
          Period
        </Text>
        <SegmentedControl
          aria-labelledby="period-label"
          size="sm"
          value={choice.preset}
          onChange={(preset) => onChange({ ...choice, preset: preset as PeriodPreset })}
          data={PERIOD_PRESETS.map((p) => ({ value: p, label: PERIOD_LABELS[p] }))}
        />
      </div>
      {choice.preset === 'custom' && (
        <>
          <TextInput
            type="date"
            size="sm"
            label="From"
            value={choice.customFrom}
            onChange={(e) => onChange({ ...choice, customFrom: e.currentTarget.value })}
            error={error ?? undefined}
          />
          <TextInput
            type="date"
            size="sm"
            label="To"
            value={choice.customTo}
            onChange={(e) => onChange({ ...choice, customTo: e.currentTarget.value })}
          />
        </>
      )}
      <div>
        <Text size="sm" fw={500} mb={4} id="step-label">
          Step
        </Text>
        <SegmentedControl
          aria-labelledby="step-label"
          size="sm"
          value={choice.step}
          onChange={(step) => onChange({ ...choice, step: step as SeriesStep })}
          data={[
            { value: 'week', label: 'Week' },
            { value: 'month', label: 'Month' },
          ]}
        />
      </div>
    </Group>
  );
}
