// What the band chart's card shows while its code (recharts) loads: the same title and words as
// the empty chart, so the page does not jump when the chart arrives.
import { Card, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { DISTRIBUTION_MONTHS } from './portfolio-overview';

export const BAND_CHART_TITLE = 'Bands month by month';
export const BAND_CHART_DESCRIPTION = `Partnerships in each band at the end of each of the last ${DISTRIBUTION_MONTHS} months.`;
export const BAND_CHART_PENDING = `Working out the last ${DISTRIBUTION_MONTHS} months…`;

export function BandDistributionPending() {
  const titleId = useId();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={titleId}>
      <Stack gap={2} mb="sm">
        <Title order={2} fz="md" fw={600} id={titleId}>
          {BAND_CHART_TITLE}
        </Title>
        <Text size="sm" c="dimmed">
          {BAND_CHART_DESCRIPTION}
        </Text>
      </Stack>
      <Text size="sm" c="dimmed" py="xl" ta="center">
        {BAND_CHART_PENDING}
      </Text>
    </Card>
  );
}
