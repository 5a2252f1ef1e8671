// Settings: who prepares the reports, the scoring windows, the dimension weights (shown as
// percentages of their sum) and the health bands; saved only when the data model accepts them.
import {
  Button,
  Group,
  Loader,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { DIMENSION_LABELS } from '../../../../core/domain/dimension-names';
import { DEFAULT_SETTINGS, type Settings } from '../../../../core/domain/types';
import { errorMessage } from '../../app/error-message';
import { PageHeader } from '../../components/PageHeader';
import { saveSettings } from '../../db/settings-repository';
import { useAppStore, type ThemeOverride } from '../../store/app-store';
import { AutomaticBackupsPanel } from '../auto-backup/AutomaticBackupsPanel';
import { DataSection } from '../backup/DataSection';
import {
  checkSettingsDraft,
  draftFromSettings,
  WEIGHT_KEYS,
  weightPercentages,
  type SettingsDraft,
} from './settings-draft';
import { useSettings } from './use-settings';

const asNumber = (value: string | number): number | '' => (typeof value === 'number' ? value : '');

export function SettingsPage() {
  const settings = useSettings();
  return (
    <>
      <PageHeader
        title="Settings"
        description="How health is scored, how the app looks, and your data."
      />
      <Stack gap="lg" maw={860}>
        <AppearanceSection />
        {settings.status !== 'ready' ? (
          <Loader aria-label="Loading settings" />
        ) : (
          <SettingsForm key={JSON.stringify(settings.data)} settings={settings.data} />
        )}
        <DataSection />
        <AutomaticBackupsPanel />
      </Stack>
    </>
  );
}

function AppearanceSection() {
  const theme = useAppStore((s) => s.themeOverride);
  const setTheme = useAppStore((s) => s.setThemeOverride);
  return (
    <Paper withBorder p="lg">
      <Title order={2} fz="h4" mb="xs">
        Appearance
      </Title>
      <Text size="sm" c="dimmed" mb="sm" id="theme-label">
        Theme: follow the system, or choose one.
      </Text>
      <SegmentedControl
        aria-labelledby="theme-label"
        value={theme}
        onChange={(value) => setTheme(value as ThemeOverride)}
        data={[
          { value: 'auto', label: 'System' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
      />
    </Paper>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(settings));
  const [saving, setSaving] = useState(false);
  const checked = checkSettingsDraft(draft);
  const errors = checked.ok ? {} : checked.errors;
  const percentages = weightPercentages(draft.weights);
  const set = (patch: Partial<SettingsDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const fieldError = (path: string, label: string) =>
    errors[path] ? `${label} ${errors[path].replace('bands.healthy', 'Healthy from')}.` : undefined;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (!checked.ok) return;
    setSaving(true);
    try {
      await saveSettings(checked.value);
      notifications.show({ color: 'teal', message: 'Settings saved.' });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Settings not saved',
        message: errorMessage(error),
      });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={save} noValidate>
      <Stack gap="lg">
        <Paper withBorder p="lg">
          <Title order={2} fz="h4" mb="md">
            Reports and scoring
          </Title>
          <Stack gap="md">
            <TextInput
              label="Organization name"
              description='Shown on reports as "prepared by".'
              value={draft.organizationName}
              onChange={(e) => set({ organizationName: e.currentTarget.value })}
              error={fieldError('organizationName', 'Organization name')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label="Lookback (days)"
                description="Records in this window count towards a score, 14 to 365."
                value={draft.lookbackDays}
                onChange={(v) => set({ lookbackDays: asNumber(v) })}
                error={fieldError('lookbackDays', 'Lookback')}
                allowDecimal={false}
              />
              <NumberInput
                label="Trend (days)"
                description="A score is compared with the one this many days earlier, 7 to 365."
                value={draft.trendDays}
                onChange={(v) => set({ trendDays: asNumber(v) })}
                error={fieldError('trendDays', 'Trend')}
                allowDecimal={false}
              />
            </SimpleGrid>
          </Stack>
        </Paper>
        <Paper withBorder p="lg">
          <Title order={2} fz="h4" mb={4}>
            Weights
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            How much each dimension counts in the overall score, as a share of the total.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3, md: 5 }}>
            {WEIGHT_KEYS.map((k) => (
              <NumberInput
                key={k}
                label={DIMENSION_LABELS[k]}
                description={`${percentages[k]}% of the total`}
                value={draft.weights[k]}
                min={0}
                step={0.05}
                decimalScale={4}
                onChange={(v) => set({ weights: { ...draft.weights, [k]: asNumber(v) } })}
                error={fieldError(`weights.${k}`, `${DIMENSION_LABELS[k]} weight`)}
              />
            ))}
          </SimpleGrid>
          {errors.weights && (
            <Text size="sm" c="var(--mantine-color-error)" mt="sm" role="alert">
              Weights {errors.weights}.
            </Text>
          )}
        </Paper>
        <Paper withBorder p="lg">
          <Title order={2} fz="h4" mb={4}>
            Health bands
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            A score at or above Healthy is healthy; at or above Watch, to watch; below, at risk.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label="Healthy from"
              value={draft.healthy}
              min={0}
              max={100}
              onChange={(v) => set({ healthy: asNumber(v) })}
              error={fieldError('bands.healthy', 'Healthy from')}
            />
            <NumberInput
              label="Watch from"
              value={draft.watch}
              min={0}
              max={100}
              onChange={(v) => set({ watch: asNumber(v) })}
              error={fieldError('bands.watch', 'Watch from')}
            />
          </SimpleGrid>
        </Paper>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setDraft(draftFromSettings(DEFAULT_SETTINGS))}>
            Reset to defaults
          </Button>
          <Button type="submit" loading={saving} disabled={!checked.ok}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
