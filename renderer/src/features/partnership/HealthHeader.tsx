// The partnership's health today: the whole-number score, its band in colour and word, the
// trend with its change, the confidence, and "Why this score" with the engine's explanation.
import {
  Badge,
  Box,
  Button,
  Card,
  Collapse,
  Divider,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { DIMENSION_LABELS } from '../../../../core/domain/dimension-names';
import { explainDimension } from '../../../../core/domain/explain';
import { DIMENSIONS, type HealthResult } from '../../../../core/domain/health';
import {
  MIN_DIMENSIONS_FOR_CONFIDENCE,
  MIN_PULSES_FOR_CONFIDENCE,
} from '../../../../core/domain/health-snapshot';
import type { Settings } from '../../../../core/domain/types';
import { BandBadge } from '../../components/charts/BandBadge';
import { formatScore, trendWord } from '../../../../core/report/format';
import { trendPhrase } from '../../components/charts/bands';
import { useChartTheme } from '../../components/charts/chart-theme';

const CONFIDENCE_HELP = {
  normal: `At least ${MIN_PULSES_FOR_CONFIDENCE} trust pulses in the window and at least ${MIN_DIMENSIONS_FOR_CONFIDENCE} dimensions scored.`,
  low: `Fewer than ${MIN_PULSES_FOR_CONFIDENCE} trust pulses in the window, or fewer than ${MIN_DIMENSIONS_FOR_CONFIDENCE} dimensions scored: read the score with care.`,
};

export function HealthHeader(props: {
  result: HealthResult;
  settings: Settings;
  nameOf: (orgId: string) => string;
}) {
  const { result, settings, nameOf } = props;
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const chartTheme = useChartTheme();
  const scoreColor = result.band === null ? 'dimmed' : chartTheme.bandText[result.band];
  return (
    <Card withBorder radius="md" padding="lg" mb="lg">
      <Group justify="space-between" align="center" wrap="wrap" gap="lg">
        <Group gap="lg" align="center" wrap="nowrap">
          <Stack gap={0} align="center" miw={88}>
            <Text
              fz={48}
              fw={700}
              lh={1}
              c={scoreColor}
              data-testid="health-score"
              aria-label={`Health score ${formatScore(result.health)} out of 100`}
            >
              {formatScore(result.health)}
            </Text>
            <Text size="xs" c="dimmed" mt={4}>
              Health / 100
            </Text>
          </Stack>
          <Stack gap={6}>
            <Group gap="xs">
              <BandBadge band={result.band} size="lg" />
              <Text size="sm" fw={500} data-testid="health-trend">
                {result.trend === null
                  ? trendWord(null)
                  : `${trendWord(result.trend)} · ${trendPhrase(result.trend, result.trendDelta, settings.trendDays)}`}
              </Text>
            </Group>
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                As of today
              </Text>
              {result.confidence && (
                <Tooltip label={CONFIDENCE_HELP[result.confidence]} multiline w={280} withArrow>
                  <Badge
                    variant="dot"
                    color={result.confidence === 'low' ? 'orange' : 'gray'}
                    radius="sm"
                    tabIndex={0}
                  >
                    {result.confidence === 'low' ? 'Low confidence' : 'Normal confidence'}
                  </Badge>
                </Tooltip>
              )}
            </Group>
          </Stack>
        </Group>
        <Button
          variant="default"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          aria-controls={panelId}
          rightSection={open ? <IconChevronUp size={16} /> : <IconChevronDown size={16} />}
        >
          Why this score
        </Button>
      </Group>
      <Collapse expanded={open} id={panelId}>
        <Divider my="md" />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="md">
          {DIMENSIONS.map((name) => {
            const dimension = result.dimensions[name];
            return (
              <Box key={name}>
                <Group gap="xs" mb={4}>
                  <Text fw={600} size="sm">
                    {DIMENSION_LABELS[name]} {formatScore(dimension.score)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    weight {Math.round(100 * settings.weights[name])}%
                  </Text>
                </Group>
                <List size="sm" spacing={2}>
                  {explainDimension(dimension, nameOf).map((sentence) => (
                    <List.Item key={sentence}>{sentence}</List.Item>
                  ))}
                </List>
              </Box>
            );
          })}
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt="md">
          Health is the weighted mean of the dimensions that have a score, over the last{' '}
          {settings.lookbackDays} days.
        </Text>
      </Collapse>
    </Card>
  );
}
