// The Reports screen's choices: which partnerships (or the whole portfolio), the period, the
// audience and the paper. Problems show under the field they concern.
import {
  Group,
  MultiSelect,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import type { Paper } from '../../../../core/report/pdf/render-report-pdf';
import { AUDIENCES, type Audience } from '../../../../core/report/report-model';
import { formatDate } from '../../../../core/report/format';
import {
  AUDIENCE_LABELS,
  AUDIENCE_NOTES,
  isPortfolioChoice,
  nextSelection,
  PAPER_LABELS,
  WHOLE_PORTFOLIO,
  type ChoiceProblems,
  type ReportChoice,
} from './report-choice';
import {
  REPORT_PERIOD_LABELS,
  REPORT_PERIOD_PRESETS,
  type ReportPeriodPreset,
  type ReportPeriodResult,
} from './report-period';

export function ReportOptions(props: {
  choice: ReportChoice;
  onChange: (choice: ReportChoice) => void;
  partnerships: { id: string; name: string }[];
  period: ReportPeriodResult;
  problems: ChoiceProblems;
}) {
  const { choice, onChange, partnerships, period, problems } = props;
  // "Choose a partnership" is said only once the user has emptied the picker, not on arrival.
  const [pickerTouched, setPickerTouched] = useState(false);
  const set = (change: Partial<ReportChoice>) => onChange({ ...choice, ...change });
  const setPeriod = (change: Partial<ReportChoice['period']>) =>
    set({ period: { ...choice.period, ...change } });
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <MultiSelect
          label="Partnerships"
          description="One partnership gives a partnership report; several, or the whole portfolio, a portfolio report."
          placeholder={choice.selection.length === 0 ? 'Search partnerships' : undefined}
          searchable
          clearable
          nothingFoundMessage="No partnership matches"
          maxDropdownHeight={320}
          data={[
            { group: 'Portfolio', items: [{ value: WHOLE_PORTFOLIO, label: 'Whole portfolio' }] },
            {
              group: 'Partnerships',
              items: partnerships.map((p) => ({ value: p.id, label: p.name })),
            },
          ]}
          // Each name isolated, so a right-to-left name reads correctly in the list.
          renderOption={({ option }) => <bdi>{option.label}</bdi>}
          value={choice.selection}
          onChange={(next) => {
            setPickerTouched(true);
            set({ selection: nextSelection(choice.selection, next) });
          }}
          error={pickerTouched ? problems.selection : undefined}
        />
        {isPortfolioChoice(choice.selection) && (
          <Switch
            label="One section per partnership"
            description="After the overview, a condensed report of each partnership, each on new pages."
            checked={choice.sectionsPerPartnership}
            onChange={(event) => set({ sectionsPerPartnership: event.currentTarget.checked })}
          />
        )}
      </Stack>

      <Stack gap="xs">
        <Select
          label="Period"
          allowDeselect={false}
          data={REPORT_PERIOD_PRESETS.map((p) => ({ value: p, label: REPORT_PERIOD_LABELS[p] }))}
          value={choice.period.preset}
          onChange={(value) => value && setPeriod({ preset: value as ReportPeriodPreset })}
          inputWrapperOrder={['label', 'input', 'description']}
          description={
            period.ok ? `${formatDate(period.from)} – ${formatDate(period.to)}` : undefined
          }
        />
        {choice.period.preset === 'custom' && (
          <Group grow align="flex-start" gap="sm">
            <TextInput
              type="date"
              label="From"
              value={choice.period.customFrom}
              onChange={(event) => setPeriod({ customFrom: event.currentTarget.value })}
              error={problems.from}
            />
            <TextInput
              type="date"
              label="To"
              value={choice.period.customTo}
              onChange={(event) => setPeriod({ customTo: event.currentTarget.value })}
              error={problems.to}
            />
          </Group>
        )}
      </Stack>

      <Radio.Group
        label="Audience"
        value={choice.audience}
        onChange={(value) => set({ audience: value as Audience })}
      >
        <Stack gap="sm" mt={6}>
          {AUDIENCES.map((audience) => (
            <Radio
              key={audience}
              value={audience}
              label={AUDIENCE_LABELS[audience]}
              description={AUDIENCE_NOTES[audience]}
            />
          ))}
        </Stack>
      </Radio.Group>

      <div>
        <Text size="sm" fw={500} mb={4} id="report-paper-label">
          Paper
        </Text>
        <SegmentedControl
          aria-labelledby="report-paper-label"
          fullWidth
          value={choice.paper}
          onChange={(value) => set({ paper: value as Paper })}
          data={(['a4', 'letter'] as const).map((p) => ({ value: p, label: PAPER_LABELS[p] }))}
        />
      </div>
    </Stack>
  );
}
